import type { Executor } from "@/db";
import { recordNews, withdrawNews } from "@/db/queries/notifications";
import { sessionDecision } from "@/db/queries/resolutions";
import {
  countOrganisations,
  getAskRow,
  getAskSession,
  getCampaignRow,
  getEventRow,
  getLetterLinkRow,
  getResponseRow,
  getTargetRow,
  insertAsk,
  insertCampaign,
  insertEvent,
  insertResponse,
  listCampaignTargets,
  listTargetStates,
  listTargetsNamedByAsks,
  loadPublicRefs,
  replaceAskTargets,
  replaceCampaignLeads,
  replaceCampaignTargets,
  resolutionTextExists,
  retractAsk,
  retractEvent,
  retractResponse,
  updateAsk,
  updateCampaign,
  updateEvent,
  updateResponse,
} from "@/db/queries/staff-campaigns";
import { listLetterTargetLines } from "@/db/queries/staff-letters";
import type { Campaign } from "@/db/schema";
import { fieldChange } from "@/lib/actions/field-change";
import { ActionError, found } from "@/lib/actions/result";
import { publicRefsTags, refuseFuture, staffWritesNeeding, unique } from "@/lib/actions/staff-write";
import { refuseStaleEdit } from "@/lib/actions/stale-edit";
import { cacheTags } from "@/lib/domain/cache-tags";
import { type DatePrecision, preciseDate, precisePeriodEnd, precisePeriodStart } from "@/lib/domain/dates";
import { type NewsKind, newsRecordKey, outcomeNews } from "@/lib/domain/following";
import {
  askCreateSchema,
  askOutcomeSchema,
  askUpdateSchema,
  campaignCreateSchema,
  campaignStatusSchema,
  campaignUpdateSchema,
  canChangeCampaignStatus,
  eventCreateSchema,
  eventUpdateSchema,
  responseCreateSchema,
  responseUpdateSchema,
  retractSchema,
} from "@/lib/validations/campaigns";

/*
 * The staff workspace's writes about a campaign and its records (asks, events,
 * responses), as action definitions: ./server.ts turns each into a server action with
 * defineAction, and tests run them with executeAction. Every write audits the row before
 * and after, and returns the cache tags of exactly the public pages it changes
 * (lib/actions/staff-write.ts).
 */

/** The permission each kind of record here needs: campaigns and asks, events, responses. */
const campaignWrite = staffWritesNeeding("campaign.manage");
const eventWrite = staffWritesNeeding("event.manage");
const responseWrite = staffWritesNeeding("response.manage");

function isPublic(c: Pick<Campaign, "status" | "visibility">): boolean {
  return c.visibility === "public" && c.status !== "draft";
}

/** Asks and events show on the campaign page and in its home card ("latest", "asks met"). */
async function campaignRecordTags(tx: Executor, campaignId: string): Promise<string[]> {
  const refs = await loadPublicRefs(tx, { campaignIds: [campaignId] });
  return refs.campaigns.flatMap((c) => [cacheTags.campaign(c.slug), cacheTags.campaignList]);
}

async function requireCampaign(tx: Executor, id: string): Promise<Campaign> {
  return found(await getCampaignRow(tx, { id, lock: true }), "errors.campaign.notFound");
}

async function checkLeads(tx: Executor, ids: readonly string[]): Promise<void> {
  if ((await countOrganisations(tx, { ids })) !== ids.length)
    throw new ActionError("errors.organisation.notFound", "leadIds");
}

async function checkTarget(tx: Executor, id: string) {
  return found(await getTargetRow(tx, { id }), "errors.target.notFound", "targetId");
}

/** Every target the campaign is to press exists; returns them with their states. */
async function checkTargets(tx: Executor, ids: readonly string[]) {
  const rows = await listTargetStates(tx, { ids });
  if (rows.length !== new Set(ids).size) throw new ActionError("errors.target.notFound", "targetIds");
  return rows;
}

/** A state's page lists the targets linked to it that a public campaign presses. */
async function targetStateTags(tx: Executor, targetIds: readonly string[]): Promise<string[]> {
  const rows = await listTargetStates(tx, { ids: targetIds });
  return rows.flatMap((r) => (r.stateIso3 ? [cacheTags.state(r.stateIso3)] : []));
}

function refuseRetracted(row: { retractedAt: Date | null }): void {
  if (row.retractedAt) throw new ActionError("errors.retract.locked");
}

type Retractable = { retractedAt: Date | null };

/**
 * Retracting an ask, event or response: it stays on the public record, marked retracted
 * with the reason, and is retracted once. `tags` are the public pages the row shows on.
 * Its news (`news`: a response, an event, an ask's outcome) is withdrawn: those who
 * heard it hear that it was retracted; those still waiting for it hear nothing.
 */
function retractDefinition<R extends Retractable>({
  entity,
  write,
  load,
  retract,
  tags,
  news,
}: {
  entity: "ask" | "event" | "response";
  news: NewsKind;
  /** Builds the definition with the permission this kind of record needs. */
  write: typeof campaignWrite;
  load: (tx: Executor, id: string) => Promise<R>;
  retract: (tx: Executor, input: { id: string; reason: string }) => Promise<R>;
  tags: (tx: Executor, row: R) => Promise<string[]>;
}) {
  const name = `${entity}.retract`;
  return write({
    name,
    schema: retractSchema,
    run: async ({ tx, input, audit }) => {
      const before = await load(tx, input.id);
      if (before.retractedAt) throw new ActionError("errors.retract.already");
      const after = await retract(tx, input);
      await withdrawNews(tx, { kind: news, recordId: input.id, retract: true });
      audit({ action: name, entityType: entity, entityId: input.id, before, after });
      return { id: input.id, tags: await tags(tx, after) };
    },
  });
}

// ── Campaigns ────────────────────────────────────────────────────────────────

export const createCampaignDefinition = campaignWrite({
  name: "campaign.create",
  schema: campaignCreateSchema,
  onConflict: { field: "slug", message: "errors.slug.taken" },
  run: async ({ tx, input, actor, audit }) => {
    const { leadIds, targetIds, ...values } = input;
    await checkTarget(tx, values.targetId);
    const targetRows = await checkTargets(tx, targetIds);
    await checkLeads(tx, leadIds);
    const campaign = await insertCampaign(tx, { values, createdBy: actor?.id ?? null });
    await replaceCampaignLeads(tx, { campaignId: campaign.id, organisationIds: leadIds });
    await replaceCampaignTargets(tx, { campaignId: campaign.id, mainTargetIdBefore: null, targetIds });
    audit({
      action: "campaign.create",
      entityType: "campaign",
      entityId: campaign.id,
      after: { ...campaign, leadIds, targetIds },
    });
    // A campaign created already published appears in the list, the targets' counts and their states' pages.
    const tags = isPublic(campaign)
      ? [
          cacheTags.campaign(campaign.slug),
          cacheTags.campaignList,
          cacheTags.targets,
          ...targetRows.flatMap((r) => (r.stateIso3 ? [cacheTags.state(r.stateIso3)] : [])),
        ]
      : [];
    return { id: campaign.id, tags: unique(tags) };
  },
});

/*
 * A campaign's title, status, visibility and target show on every public page about it:
 * its own page, its letters' pages, the home list, the awaiting list, the target counts,
 * and the organisation pages that list its letters as signed. An edit invalidates all of
 * them when the campaign was or is public; a draft's edits touch nothing public.
 */
async function campaignWideTags(tx: Executor, campaignId: string): Promise<string[]> {
  return publicRefsTags(await loadPublicRefs(tx, { campaignIds: [campaignId] }));
}

export const updateCampaignDefinition = campaignWrite({
  name: "campaign.update",
  schema: campaignUpdateSchema,
  onConflict: { field: "slug", message: "errors.slug.taken" },
  run: async ({ tx, input, audit }) => {
    const { id, leadIds, targetIds, slug, editedFrom, ...values } = input;
    const before = await requireCampaign(tx, id);
    refuseStaleEdit(before.updatedAt, editedFrom);
    if (!canChangeCampaignStatus(before.status, values.status))
      throw new ActionError("errors.campaign.cannotUnpublish", "status");
    if (slug !== null && slug !== before.slug && before.status !== "draft")
      throw new ActionError("errors.slug.locked", "slug");
    await checkTarget(tx, values.targetId);
    await checkTargets(tx, targetIds);
    // An ask put to a target keeps it among the campaign's: dropping it would change whom the ask is put to.
    if ((await listTargetsNamedByAsks(tx, { campaignId: id })).some((t) => !targetIds.includes(t)))
      throw new ActionError("errors.campaign.targetNamedByAsk", "targetIds");
    await checkLeads(tx, leadIds);
    const tagsBefore = await campaignWideTags(tx, id);
    const after = (await updateCampaign(tx, { id, values: { ...values, slug: slug ?? before.slug } }))!;
    const leads = await replaceCampaignLeads(tx, { campaignId: id, organisationIds: leadIds });
    const pressed = await replaceCampaignTargets(tx, {
      campaignId: id,
      mainTargetIdBefore: before.targetId,
      targetIds,
    });
    audit({
      action: "campaign.update",
      entityType: "campaign",
      entityId: id,
      before: { ...before, leadIds: leads.before, targetIds: pressed.before },
      after: { ...after, leadIds: leads.after, targetIds: pressed.after },
    });
    const tags = unique([...tagsBefore, ...(await campaignWideTags(tx, id))]);
    // Publishing or unpublishing changes the targets' campaign counts and their states' pages even without letters.
    if (isPublic(before) !== isPublic(after)) {
      tags.push(cacheTags.campaign(after.slug), cacheTags.campaignList, cacheTags.targets);
      tags.push(...(await targetStateTags(tx, unique([...pressed.before, ...pressed.after]))));
    } else if (isPublic(after)) {
      const changed = unique([...pressed.before, ...pressed.after]).filter(
        (t) => !pressed.before.includes(t) || !pressed.after.includes(t),
      );
      if (changed.length > 0)
        tags.push(cacheTags.campaign(after.slug), cacheTags.targets, ...(await targetStateTags(tx, changed)));
    }
    return { id, tags: unique(tags), updatedAt: after.updatedAt.toISOString() };
  },
});

export const setCampaignStatusDefinition = campaignWrite({
  name: "campaign.set_status",
  schema: campaignStatusSchema,
  run: async ({ tx, input, audit }) => {
    const before = await requireCampaign(tx, input.id);
    if (!canChangeCampaignStatus(before.status, input.status))
      throw new ActionError("errors.campaign.cannotUnpublish", "status");
    const tagsBefore = await campaignWideTags(tx, input.id);
    const after = (await updateCampaign(tx, { id: input.id, values: { status: input.status } }))!;
    audit({
      action: "campaign.set_status",
      entityType: "campaign",
      entityId: input.id,
      ...fieldChange("status", { before: before.status, after: after.status }),
    });
    const tags = [...tagsBefore, ...(await campaignWideTags(tx, input.id))];
    if (isPublic(before) !== isPublic(after))
      tags.push(cacheTags.campaign(after.slug), cacheTags.campaignList, cacheTags.targets);
    return { id: input.id, tags: unique(tags) };
  },
});

// ── Asks ─────────────────────────────────────────────────────────────────────

async function requireAsk(tx: Executor, id: string) {
  return found(await getAskRow(tx, { id }), "errors.ask.notFound");
}

type AskLinks = {
  targetIds: string[];
  resolutionTextId: string | null;
  sessionId: string | null;
  decisionOn: string | null;
  decisionPrecision: DatePrecision;
  decisionEnd: string | null;
};

/**
 * An ask is put to some of its campaign's targets (or, naming none, to all), linked to a
 * text that exists, and decided at a session that exists: its decision date is then the
 * session's last day (db/queries/resolutions.ts updateSession moves it with the session).
 */
async function checkAskLinks(
  tx: Executor,
  campaign: Campaign,
  links: AskLinks,
): Promise<Pick<AskLinks, "decisionOn" | "decisionPrecision" | "decisionEnd">> {
  if (links.targetIds.length > 0) {
    const pressed = await listCampaignTargets(tx, {
      campaignId: campaign.id,
      mainTargetId: campaign.targetId,
    });
    const ids = new Set(pressed.map((t) => t.id));
    if (links.targetIds.some((t) => !ids.has(t)))
      throw new ActionError("errors.ask.targetNotInCampaign", "targetIds");
  }
  if (links.resolutionTextId && !(await resolutionTextExists(tx, { id: links.resolutionTextId })))
    throw new ActionError("errors.resolutionText.notFound", "resolutionTextId");
  if (!links.sessionId)
    return {
      decisionOn: links.decisionOn,
      decisionPrecision: links.decisionPrecision,
      decisionEnd: links.decisionEnd,
    };
  const session = await getAskSession(tx, { id: links.sessionId });
  if (!session) throw new ActionError("errors.session.notFound", "sessionId");
  const decision = sessionDecision(session);
  return { decisionOn: decision.date, decisionPrecision: decision.precision, decisionEnd: null };
}

export const createAskDefinition = campaignWrite({
  name: "ask.create",
  schema: askCreateSchema,
  run: async ({ tx, input, audit }) => {
    const { targetIds, ...values } = input;
    const campaign = await requireCampaign(tx, input.campaignId);
    const decision = await checkAskLinks(tx, campaign, input);
    const ask = await insertAsk(tx, { values: { ...values, ...decision } });
    const named = await replaceAskTargets(tx, { askId: ask.id, targetIds });
    audit({
      action: "ask.create",
      entityType: "ask",
      entityId: ask.id,
      after: { ...ask, targetIds: named.after },
    });
    return { id: ask.id, tags: await campaignRecordTags(tx, ask.campaignId) };
  },
});

export const updateAskDefinition = campaignWrite({
  name: "ask.update",
  schema: askUpdateSchema,
  run: async ({ tx, input, audit }) => {
    const { id, targetIds, ...values } = input;
    const before = await requireAsk(tx, id);
    refuseRetracted(before);
    const campaign = (await getCampaignRow(tx, { id: before.campaignId }))!;
    const decision = await checkAskLinks(tx, campaign, input);
    const after = await updateAsk(tx, { id, values: { ...values, ...decision } });
    const named = await replaceAskTargets(tx, { askId: id, targetIds });
    audit({
      action: "ask.update",
      entityType: "ask",
      entityId: id,
      before: { ...before, targetIds: named.before },
      after: { ...after, targetIds: named.after },
    });
    return { id, tags: await campaignRecordTags(tx, after.campaignId) };
  },
});

export const recordAskOutcomeDefinition = campaignWrite({
  name: "ask.record_outcome",
  schema: askOutcomeSchema,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    const before = await requireAsk(tx, id);
    refuseRetracted(before);
    // A linked ask's outcome comes from the positions recorded: it is never typed as well.
    if (before.resolutionTextId) throw new ActionError("errors.ask.outcomeDerived", "outcome");
    if (values.outcomeOn) refuseFuture(values.outcomeOn, "day", "outcomeOn");
    const after = await updateAsk(tx, { id, values });
    const news = outcomeNews(before, after);
    if (news.withdraw)
      await withdrawNews(tx, { kind: "outcome", recordId: id, retract: news.withdraw === "retract" });
    if (news.tell)
      await recordNews(tx, {
        campaignId: after.campaignId,
        letterId: null,
        kind: "outcome",
        recordId: id,
        recordKey: newsRecordKey.outcome(id, after.outcome, after.outcomeOn),
        detail: { outcome: after.outcome, on: after.outcomeOn },
      });
    audit({
      action: "ask.record_outcome",
      entityType: "ask",
      entityId: id,
      before: pick(before, ["outcome", "outcomeOn", "outcomeSourceUrl", "outcomeNote"]),
      after: pick(after, ["outcome", "outcomeOn", "outcomeSourceUrl", "outcomeNote"]),
    });
    return { id, tags: await campaignRecordTags(tx, after.campaignId) };
  },
});

export const retractAskDefinition = retractDefinition({
  entity: "ask",
  news: "outcome",
  write: campaignWrite,
  load: requireAsk,
  retract: retractAsk,
  tags: (tx, ask) => campaignRecordTags(tx, ask.campaignId),
});

// ── Events ───────────────────────────────────────────────────────────────────

async function requireEvent(tx: Executor, id: string) {
  return found(await getEventRow(tx, { id }), "errors.event.notFound");
}

export const createEventDefinition = eventWrite({
  name: "event.create",
  schema: eventCreateSchema,
  run: async ({ tx, input, actor, audit }) => {
    // The timeline records what happened; what is to come is an ask's decision point.
    refuseFuture(input.occurredOn, input.precision, "occurredOn");
    await requireCampaign(tx, input.campaignId);
    const event = await insertEvent(tx, { values: input, createdBy: actor?.id ?? null });
    await recordNews(tx, {
      campaignId: event.campaignId,
      letterId: null,
      kind: "event",
      recordId: event.id,
      recordKey: newsRecordKey.event(event.id),
    });
    audit({ action: "event.create", entityType: "event", entityId: event.id, after: event });
    return { id: event.id, tags: await campaignRecordTags(tx, event.campaignId) };
  },
});

export const updateEventDefinition = eventWrite({
  name: "event.update",
  schema: eventUpdateSchema,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    const before = await requireEvent(tx, id);
    refuseRetracted(before);
    refuseFuture(values.occurredOn, values.precision, "occurredOn");
    const after = await updateEvent(tx, { id, values });
    audit({ action: "event.update", entityType: "event", entityId: id, before, after });
    return { id, tags: await campaignRecordTags(tx, after.campaignId) };
  },
});

export const retractEventDefinition = retractDefinition({
  entity: "event",
  news: "event",
  write: eventWrite,
  load: requireEvent,
  retract: retractEvent,
  tags: (tx, event) => campaignRecordTags(tx, event.campaignId),
});

// ── Responses ────────────────────────────────────────────────────────────────

type ResponseLinks = {
  campaignId: string;
  letterId: string | null;
  askId: string | null;
  targetId: string | null;
  respondedOn: string;
  precision: DatePrecision;
  respondedEnd: string | null;
};

/**
 * A response answers a sent letter or a live ask of its own campaign, and not before the
 * letter went out; it comes from one of the letter's targets (named by staff when the
 * letter has several). Returns the target that answered.
 */
async function checkResponseLinks(tx: Executor, links: ResponseLinks): Promise<string | null> {
  refuseFuture(links.respondedOn, links.precision, "respondedOn");
  let targetId = links.targetId;
  if (!links.letterId && targetId) throw new ActionError("errors.response.targetWithoutLetter", "targetId");
  if (links.letterId) {
    const letter = await getLetterLinkRow(tx, { id: links.letterId });
    if (!letter || letter.campaignId !== links.campaignId)
      throw new ActionError("errors.response.letterNotInCampaign", "letterId");
    if ((letter.status !== "sent" && letter.status !== "closed") || !letter.sentOn)
      throw new ActionError("errors.response.letterNotSent", "letterId");
    const sentStart = precisePeriodStart(preciseDate(letter.sentOn, letter.sentPrecision, letter.sentEnd));
    if (precisePeriodEnd(preciseDate(links.respondedOn, links.precision, links.respondedEnd)) < sentStart)
      throw new ActionError("errors.response.beforeLetter", "respondedOn");
    const addressed = (await listLetterTargetLines(tx, { letterId: letter.id })).map((l) => l.targetId);
    if (targetId === null && addressed.length === 1) targetId = addressed[0]!;
    if (targetId === null) throw new ActionError("errors.response.targetRequired", "targetId");
    if (!addressed.includes(targetId))
      throw new ActionError("errors.response.targetNotAddressed", "targetId");
  }
  if (links.askId) {
    const ask = await getAskRow(tx, { id: links.askId });
    if (!ask || ask.campaignId !== links.campaignId)
      throw new ActionError("errors.response.askNotInCampaign", "askId");
    if (ask.retractedAt) throw new ActionError("errors.response.askRetracted", "askId");
  }
  return targetId;
}

/**
 * A response linked to a letter ends (or, retracted, restarts) that letter's clock, so
 * it changes every page that shows the clock: the letter's page, the campaign page, the
 * home list, the awaiting list, the target counts and the pages of the organisations
 * that signed it. A response about an ask only shows on the campaign page and card.
 */
async function responseTags(
  tx: Executor,
  campaignId: string,
  letterIds: Array<string | null>,
): Promise<string[]> {
  const ids = [...new Set(letterIds.filter((id): id is string => id !== null))];
  const refs = await loadPublicRefs(tx, { campaignIds: [campaignId], letterIds: ids });
  const letterRefs = { campaigns: refs.campaigns, letters: refs.letters.filter((l) => ids.includes(l.id)) };
  if (refs.campaigns.length === 0) return [];
  return unique([...publicRefsTags(letterRefs), cacheTags.campaignList]);
}

async function requireResponse(tx: Executor, id: string) {
  return found(await getResponseRow(tx, { id }), "errors.response.notFound");
}

export const recordResponseDefinition = responseWrite({
  name: "response.create",
  schema: responseCreateSchema,
  run: async ({ tx, input, actor, audit }) => {
    await requireCampaign(tx, input.campaignId);
    const targetId = await checkResponseLinks(tx, input);
    const response = await insertResponse(tx, {
      values: { ...input, targetId },
      createdBy: actor?.id ?? null,
    });
    await recordNews(tx, {
      campaignId: response.campaignId,
      letterId: response.letterId,
      kind: "response",
      recordId: response.id,
      recordKey: newsRecordKey.response(response.id),
    });
    audit({ action: "response.create", entityType: "response", entityId: response.id, after: response });
    return { id: response.id, tags: await responseTags(tx, response.campaignId, [response.letterId]) };
  },
});

export const updateResponseDefinition = responseWrite({
  name: "response.update",
  schema: responseUpdateSchema,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    const before = await requireResponse(tx, id);
    refuseRetracted(before);
    const targetId = await checkResponseLinks(tx, { ...values, campaignId: before.campaignId });
    const after = await updateResponse(tx, { id, values: { ...values, targetId } });
    audit({ action: "response.update", entityType: "response", entityId: id, before, after });
    return { id, tags: await responseTags(tx, after.campaignId, [before.letterId, after.letterId]) };
  },
});

export const retractResponseDefinition = retractDefinition({
  entity: "response",
  news: "response",
  write: responseWrite,
  load: requireResponse,
  retract: retractResponse,
  tags: (tx, response) => responseTags(tx, response.campaignId, [response.letterId]),
});

function pick<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;
}
