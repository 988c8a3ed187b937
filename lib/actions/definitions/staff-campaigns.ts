import type { z } from "zod";
import type { Executor } from "@/db";
import {
  countOrganisations,
  getAskRow,
  getCampaignRow,
  getEventRow,
  getLetterLinkRow,
  getResponseRow,
  getTargetRow,
  insertAsk,
  insertCampaign,
  insertEvent,
  insertResponse,
  insertTarget,
  listCampaignIdsForTarget,
  loadPublicRefs,
  type PublicRefs,
  replaceCampaignLeads,
  replaceTargetHolidays,
  retractAsk,
  retractEvent,
  retractResponse,
  updateAsk,
  updateCampaign,
  updateEvent,
  updateResponse,
  updateTarget,
} from "@/db/queries/staff-campaigns";
import {
  countCurrentMembers,
  endMembership,
  getLatestLeftOn,
  getMembershipRow,
  getOrganisationRow,
  insertMembership,
  insertOrganisation,
  loadOrganisationRefs,
  updateOrganisation,
} from "@/db/queries/staff-organisations";
import type { Campaign } from "@/db/schema";
import { ActionError } from "@/lib/actions/result";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { refuseStaleEdit } from "@/lib/actions/stale-edit";
import { cacheTags, letterChangeTags } from "@/lib/domain/cache-tags";
import { type DatePrecision, precisePeriodEnd, precisePeriodStart } from "@/lib/domain/dates";
import { addDays, todayIn } from "@/lib/domain/deadlines";
import {
  askCreateSchema,
  askOutcomeSchema,
  askUpdateSchema,
  campaignCreateSchema,
  campaignStatusSchema,
  campaignUpdateSchema,
  canChangeCampaignStatus,
  coalitionAddMemberSchema,
  coalitionEndMembershipSchema,
  eventCreateSchema,
  eventUpdateSchema,
  organisationCreateSchema,
  organisationUpdateSchema,
  responseCreateSchema,
  responseUpdateSchema,
  retractSchema,
  targetCreateSchema,
  targetHolidaysSchema,
  targetUpdateSchema,
} from "@/lib/validations/campaigns";

/*
 * The staff workspace's writes about campaigns, asks, events, responses, targets,
 * organisations and coalitions, as action definitions: app/actions/staff-campaigns.ts
 * turns each into a server action with defineAction, and tests run them with
 * executeAction. Every write audits the row before and after, and returns the cache tags
 * of exactly the public pages it changes (computed from the database inside the
 * transaction, so they describe the state being committed).
 */

/** What every action here returns: the row's id and the public pages to refresh. */
export type StaffWrite = {
  id: string;
  tags: string[];
  /** The record's new updatedAt, for the form's next save (lib/actions/stale-edit.ts). */
  updatedAt?: string;
};

type Def<S extends z.ZodType> = ActionDefinition<S, StaffWrite>;

const tagsOf = (_input: unknown, data: StaffWrite) => data.tags;

function unique(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}

function isPublic(c: Pick<Campaign, "status" | "visibility">): boolean {
  return c.visibility === "public" && c.status !== "draft";
}

/**
 * Tags for public campaigns and letters: each campaign page, each letter page with the
 * organisation pages that list it as signed, and the cross-campaign lists.
 */
function refsTags(refs: PublicRefs): string[] {
  const tags: string[] = refs.campaigns.map((c) => cacheTags.campaign(c.slug));
  for (const l of refs.letters) {
    tags.push(
      ...letterChangeTags({
        campaignSlug: l.campaignSlug,
        letterSlug: l.slug,
        organisationSlugs: l.organisationSlugs,
      }),
    );
  }
  if (tags.length > 0) tags.push(cacheTags.campaignList, cacheTags.awaiting, cacheTags.targets);
  return unique(tags);
}

/** Asks and events show on the campaign page and in its home card ("latest", "asks met"). */
async function campaignRecordTags(tx: Executor, campaignId: string): Promise<string[]> {
  const refs = await loadPublicRefs(tx, { campaignIds: [campaignId] });
  return refs.campaigns.flatMap((c) => [cacheTags.campaign(c.slug), cacheTags.campaignList]);
}

async function requireCampaign(tx: Executor, id: string): Promise<Campaign> {
  const campaign = await getCampaignRow(tx, { id, lock: true });
  if (!campaign) throw new ActionError("errors.campaign.notFound");
  return campaign;
}

async function checkLeads(tx: Executor, ids: readonly string[]): Promise<void> {
  if ((await countOrganisations(tx, { ids })) !== ids.length)
    throw new ActionError("errors.organisation.notFound", "leadIds");
}

async function checkTarget(tx: Executor, id: string) {
  const target = await getTargetRow(tx, { id });
  if (!target) throw new ActionError("errors.target.notFound", "targetId");
  return target;
}

function refuseRetracted(row: { retractedAt: Date | null }): void {
  if (row.retractedAt) throw new ActionError("errors.retract.locked");
}

/** No record dated after today anywhere on Earth (UTC+14 is a day ahead of UTC at most). */
function refuseFuture(date: string, precision: DatePrecision, field: string, now = new Date()): void {
  if (precisePeriodStart({ date, precision }) > addDays(todayIn("UTC", now), 1))
    throw new ActionError("errors.date.future", field);
}

// ── Campaigns ────────────────────────────────────────────────────────────────

export const createCampaignDef: Def<typeof campaignCreateSchema> = {
  name: "campaign.create",
  access: { permission: "campaign.manage" },
  schema: campaignCreateSchema,
  onConflict: { field: "slug", message: "errors.slug.taken" },
  tags: tagsOf,
  run: async ({ tx, input, actor, audit }) => {
    const { leadIds, ...values } = input;
    await checkTarget(tx, values.targetId);
    await checkLeads(tx, leadIds);
    const campaign = await insertCampaign(tx, { values, createdBy: actor?.id ?? null });
    await replaceCampaignLeads(tx, { campaignId: campaign.id, organisationIds: leadIds });
    audit({
      action: "campaign.create",
      entityType: "campaign",
      entityId: campaign.id,
      after: { ...campaign, leadIds },
    });
    // A campaign created already published appears in the list and the target's counts.
    const tags = isPublic(campaign)
      ? [cacheTags.campaign(campaign.slug), cacheTags.campaignList, cacheTags.targets]
      : [];
    return { id: campaign.id, tags };
  },
};

/*
 * A campaign's title, status, visibility and target show on every public page about it:
 * its own page, its letters' pages, the home list, the awaiting list, the target counts,
 * and the organisation pages that list its letters as signed. An edit invalidates all of
 * them when the campaign was or is public; a draft's edits touch nothing public.
 */
async function campaignWideTags(tx: Executor, campaignId: string): Promise<string[]> {
  return refsTags(await loadPublicRefs(tx, { campaignIds: [campaignId] }));
}

export const updateCampaignDef: Def<typeof campaignUpdateSchema> = {
  name: "campaign.update",
  access: { permission: "campaign.manage" },
  schema: campaignUpdateSchema,
  onConflict: { field: "slug", message: "errors.slug.taken" },
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const { id, leadIds, slug, editedFrom, ...values } = input;
    const before = await requireCampaign(tx, id);
    refuseStaleEdit(before.updatedAt, editedFrom);
    if (!canChangeCampaignStatus(before.status, values.status))
      throw new ActionError("errors.campaign.cannotUnpublish", "status");
    if (slug !== null && slug !== before.slug && before.status !== "draft")
      throw new ActionError("errors.slug.locked", "slug");
    await checkTarget(tx, values.targetId);
    await checkLeads(tx, leadIds);
    const tagsBefore = await campaignWideTags(tx, id);
    const after = (await updateCampaign(tx, { id, values: { ...values, slug: slug ?? before.slug } }))!;
    const leads = await replaceCampaignLeads(tx, { campaignId: id, organisationIds: leadIds });
    audit({
      action: "campaign.update",
      entityType: "campaign",
      entityId: id,
      before: { ...before, leadIds: leads.before },
      after: { ...after, leadIds: leads.after },
    });
    const tags = unique([...tagsBefore, ...(await campaignWideTags(tx, id))]);
    // Publishing or unpublishing changes the target's campaign count even without letters.
    if (isPublic(before) !== isPublic(after))
      tags.push(cacheTags.campaign(after.slug), cacheTags.campaignList, cacheTags.targets);
    return { id, tags: unique(tags), updatedAt: after.updatedAt.toISOString() };
  },
};

export const setCampaignStatusDef: Def<typeof campaignStatusSchema> = {
  name: "campaign.set_status",
  access: { permission: "campaign.manage" },
  schema: campaignStatusSchema,
  tags: tagsOf,
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
      before: { status: before.status },
      after: { status: after.status },
    });
    const tags = [...tagsBefore, ...(await campaignWideTags(tx, input.id))];
    if (isPublic(before) !== isPublic(after))
      tags.push(cacheTags.campaign(after.slug), cacheTags.campaignList, cacheTags.targets);
    return { id: input.id, tags: unique(tags) };
  },
};

// ── Asks ─────────────────────────────────────────────────────────────────────

async function requireAsk(tx: Executor, id: string) {
  const ask = await getAskRow(tx, { id });
  if (!ask) throw new ActionError("errors.ask.notFound");
  return ask;
}

export const createAskDef: Def<typeof askCreateSchema> = {
  name: "ask.create",
  access: { permission: "campaign.manage" },
  schema: askCreateSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    await requireCampaign(tx, input.campaignId);
    const ask = await insertAsk(tx, { values: input });
    audit({ action: "ask.create", entityType: "ask", entityId: ask.id, after: ask });
    return { id: ask.id, tags: await campaignRecordTags(tx, ask.campaignId) };
  },
};

export const updateAskDef: Def<typeof askUpdateSchema> = {
  name: "ask.update",
  access: { permission: "campaign.manage" },
  schema: askUpdateSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    const before = await requireAsk(tx, id);
    refuseRetracted(before);
    const after = await updateAsk(tx, { id, values });
    audit({ action: "ask.update", entityType: "ask", entityId: id, before, after });
    return { id, tags: await campaignRecordTags(tx, after.campaignId) };
  },
};

export const recordAskOutcomeDef: Def<typeof askOutcomeSchema> = {
  name: "ask.record_outcome",
  access: { permission: "campaign.manage" },
  schema: askOutcomeSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    const before = await requireAsk(tx, id);
    refuseRetracted(before);
    if (values.outcomeOn) refuseFuture(values.outcomeOn, "day", "outcomeOn");
    const after = await updateAsk(tx, { id, values });
    audit({
      action: "ask.record_outcome",
      entityType: "ask",
      entityId: id,
      before: pick(before, ["outcome", "outcomeOn", "outcomeSourceUrl", "outcomeNote"]),
      after: pick(after, ["outcome", "outcomeOn", "outcomeSourceUrl", "outcomeNote"]),
    });
    return { id, tags: await campaignRecordTags(tx, after.campaignId) };
  },
};

export const retractAskDef: Def<typeof retractSchema> = {
  name: "ask.retract",
  access: { permission: "campaign.manage" },
  schema: retractSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const before = await requireAsk(tx, input.id);
    if (before.retractedAt) throw new ActionError("errors.retract.already");
    const after = await retractAsk(tx, input);
    audit({ action: "ask.retract", entityType: "ask", entityId: input.id, before, after });
    return { id: input.id, tags: await campaignRecordTags(tx, after.campaignId) };
  },
};

// ── Events ───────────────────────────────────────────────────────────────────

async function requireEvent(tx: Executor, id: string) {
  const event = await getEventRow(tx, { id });
  if (!event) throw new ActionError("errors.event.notFound");
  return event;
}

export const createEventDef: Def<typeof eventCreateSchema> = {
  name: "event.create",
  access: { permission: "event.manage" },
  schema: eventCreateSchema,
  tags: tagsOf,
  run: async ({ tx, input, actor, audit }) => {
    // The timeline records what happened; what is to come is an ask's decision point.
    refuseFuture(input.occurredOn, input.precision, "occurredOn");
    await requireCampaign(tx, input.campaignId);
    const event = await insertEvent(tx, { values: input, createdBy: actor?.id ?? null });
    audit({ action: "event.create", entityType: "event", entityId: event.id, after: event });
    return { id: event.id, tags: await campaignRecordTags(tx, event.campaignId) };
  },
};

export const updateEventDef: Def<typeof eventUpdateSchema> = {
  name: "event.update",
  access: { permission: "event.manage" },
  schema: eventUpdateSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    const before = await requireEvent(tx, id);
    refuseRetracted(before);
    refuseFuture(values.occurredOn, values.precision, "occurredOn");
    const after = await updateEvent(tx, { id, values });
    audit({ action: "event.update", entityType: "event", entityId: id, before, after });
    return { id, tags: await campaignRecordTags(tx, after.campaignId) };
  },
};

export const retractEventDef: Def<typeof retractSchema> = {
  name: "event.retract",
  access: { permission: "event.manage" },
  schema: retractSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const before = await requireEvent(tx, input.id);
    if (before.retractedAt) throw new ActionError("errors.retract.already");
    const after = await retractEvent(tx, input);
    audit({ action: "event.retract", entityType: "event", entityId: input.id, before, after });
    return { id: input.id, tags: await campaignRecordTags(tx, after.campaignId) };
  },
};

// ── Responses ────────────────────────────────────────────────────────────────

type ResponseLinks = {
  campaignId: string;
  letterId: string | null;
  askId: string | null;
  respondedOn: string;
  precision: DatePrecision;
};

/** A response answers a sent letter or a live ask of its own campaign, and not before the letter went out. */
async function checkResponseLinks(tx: Executor, links: ResponseLinks): Promise<void> {
  refuseFuture(links.respondedOn, links.precision, "respondedOn");
  if (links.letterId) {
    const letter = await getLetterLinkRow(tx, { id: links.letterId });
    if (!letter || letter.campaignId !== links.campaignId)
      throw new ActionError("errors.response.letterNotInCampaign", "letterId");
    if ((letter.status !== "sent" && letter.status !== "closed") || !letter.sentOn)
      throw new ActionError("errors.response.letterNotSent", "letterId");
    const sentStart = precisePeriodStart({ date: letter.sentOn, precision: letter.sentPrecision });
    if (precisePeriodEnd({ date: links.respondedOn, precision: links.precision }) < sentStart)
      throw new ActionError("errors.response.beforeLetter", "respondedOn");
  }
  if (links.askId) {
    const ask = await getAskRow(tx, { id: links.askId });
    if (!ask || ask.campaignId !== links.campaignId)
      throw new ActionError("errors.response.askNotInCampaign", "askId");
    if (ask.retractedAt) throw new ActionError("errors.response.askRetracted", "askId");
  }
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
  return unique([...refsTags(letterRefs), cacheTags.campaignList]);
}

async function requireResponse(tx: Executor, id: string) {
  const response = await getResponseRow(tx, { id });
  if (!response) throw new ActionError("errors.response.notFound");
  return response;
}

export const recordResponseDef: Def<typeof responseCreateSchema> = {
  name: "response.create",
  access: { permission: "response.manage" },
  schema: responseCreateSchema,
  tags: tagsOf,
  run: async ({ tx, input, actor, audit }) => {
    await requireCampaign(tx, input.campaignId);
    await checkResponseLinks(tx, input);
    const response = await insertResponse(tx, { values: input, createdBy: actor?.id ?? null });
    audit({ action: "response.create", entityType: "response", entityId: response.id, after: response });
    return { id: response.id, tags: await responseTags(tx, response.campaignId, [response.letterId]) };
  },
};

export const updateResponseDef: Def<typeof responseUpdateSchema> = {
  name: "response.update",
  access: { permission: "response.manage" },
  schema: responseUpdateSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    const before = await requireResponse(tx, id);
    refuseRetracted(before);
    await checkResponseLinks(tx, { ...values, campaignId: before.campaignId });
    const after = await updateResponse(tx, { id, values });
    audit({ action: "response.update", entityType: "response", entityId: id, before, after });
    return { id, tags: await responseTags(tx, after.campaignId, [before.letterId, after.letterId]) };
  },
};

export const retractResponseDef: Def<typeof retractSchema> = {
  name: "response.retract",
  access: { permission: "response.manage" },
  schema: retractSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const before = await requireResponse(tx, input.id);
    if (before.retractedAt) throw new ActionError("errors.retract.already");
    const after = await retractResponse(tx, input);
    audit({ action: "response.retract", entityType: "response", entityId: input.id, before, after });
    return { id: input.id, tags: await responseTags(tx, after.campaignId, [after.letterId]) };
  },
};

// ── Targets ──────────────────────────────────────────────────────────────────

/**
 * A target's name, time zone and holidays reach every page about its public campaigns:
 * names in cards and lists, time zone and holidays in every letter's clock.
 */
async function targetTags(tx: Executor, targetId: string): Promise<string[]> {
  const campaignIds = await listCampaignIdsForTarget(tx, { targetId });
  return unique([...refsTags(await loadPublicRefs(tx, { campaignIds })), cacheTags.targets]);
}

async function requireTarget(tx: Executor, id: string) {
  const target = await getTargetRow(tx, { id });
  if (!target) throw new ActionError("errors.target.notFound");
  return target;
}

export const createTargetDef: Def<typeof targetCreateSchema> = {
  name: "target.create",
  access: { permission: "target.manage" },
  schema: targetCreateSchema,
  onConflict: { field: "slug", message: "errors.slug.taken" },
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const target = await insertTarget(tx, { values: input });
    audit({ action: "target.create", entityType: "target", entityId: target.id, after: target });
    return { id: target.id, tags: [cacheTags.targets] };
  },
};

export const updateTargetDef: Def<typeof targetUpdateSchema> = {
  name: "target.update",
  access: { permission: "target.manage" },
  schema: targetUpdateSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    const before = await requireTarget(tx, id);
    const after = await updateTarget(tx, { id, values });
    audit({ action: "target.update", entityType: "target", entityId: id, before, after });
    return { id, tags: await targetTags(tx, id) };
  },
};

export const setTargetHolidaysDef: Def<typeof targetHolidaysSchema> = {
  name: "target.set_holidays",
  access: { permission: "target.manage" },
  schema: targetHolidaysSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    await requireTarget(tx, input.id);
    const change = await replaceTargetHolidays(tx, { targetId: input.id, holidays: input.holidays });
    audit({
      action: "target.set_holidays",
      entityType: "target",
      entityId: input.id,
      before: { holidays: change.before },
      after: { holidays: change.after },
    });
    return { id: input.id, tags: await targetTags(tx, input.id) };
  },
};

// ── Organisations and coalitions ─────────────────────────────────────────────

/*
 * An organisation shows on its own page, on the pages of its coalitions and members, on
 * the pages of the public campaigns it leads, and, through signatory lists and tallies,
 * on the pages of the letters it signed (with their campaign pages and the awaiting
 * list). We invalidate exactly those rather than approximating with the home list.
 */
async function organisationTags(tx: Executor, id: string, slug: string): Promise<string[]> {
  const refs = await loadOrganisationRefs(tx, { id });
  return unique([
    cacheTags.organisation(slug),
    ...refs.relatedSlugs.map(cacheTags.organisation),
    ...refs.ledCampaignSlugs.map(cacheTags.campaign),
    ...refs.signedLetters.flatMap((l) => letterChangeTags(l)),
  ]);
}

async function requireOrganisation(tx: Executor, id: string, field?: string) {
  const org = await getOrganisationRow(tx, { id });
  if (!org) throw new ActionError("errors.organisation.notFound", field);
  return org;
}

export const createOrganisationDef: Def<typeof organisationCreateSchema> = {
  name: "organisation.create",
  access: { permission: "organisation.manage" },
  schema: organisationCreateSchema,
  onConflict: { field: "slug", message: "errors.slug.taken" },
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const org = await insertOrganisation(tx, { values: input });
    audit({ action: "organisation.create", entityType: "organisation", entityId: org.id, after: org });
    // A visitor may have hit the address before it existed; its cached "not found" goes.
    return { id: org.id, tags: [cacheTags.organisation(org.slug)] };
  },
};

export const updateOrganisationDef: Def<typeof organisationUpdateSchema> = {
  name: "organisation.update",
  access: { permission: "organisation.manage" },
  schema: organisationUpdateSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    const before = await requireOrganisation(tx, id);
    if (values.kind !== "coalition" && values.kind !== "network") {
      const current = await countCurrentMembers(tx, { coalitionId: id });
      if (current > 0) throw new ActionError("errors.membership.hasMembers", "kind");
    }
    const after = await updateOrganisation(tx, { id, values });
    audit({ action: "organisation.update", entityType: "organisation", entityId: id, before, after });
    return { id, tags: await organisationTags(tx, id, after.slug) };
  },
};

/**
 * Membership shows on both organisations' pages, and in the tallies of the letters the
 * coalition signed (members who also signed are not counted twice).
 */
async function membershipTags(
  tx: Executor,
  coalition: { id: string; slug: string },
  member: { slug: string },
): Promise<string[]> {
  const refs = await loadOrganisationRefs(tx, { id: coalition.id });
  return unique([
    cacheTags.organisation(coalition.slug),
    cacheTags.organisation(member.slug),
    ...refs.signedLetters.flatMap((l) => letterChangeTags(l)),
  ]);
}

export const addCoalitionMemberDef: Def<typeof coalitionAddMemberSchema> = {
  name: "coalition.add_member",
  access: { permission: "organisation.manage" },
  schema: coalitionAddMemberSchema,
  onConflict: { field: "memberId", message: "errors.membership.exists" },
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const coalition = await requireOrganisation(tx, input.coalitionId);
    if (coalition.kind !== "coalition" && coalition.kind !== "network")
      throw new ActionError("errors.membership.notCoalition");
    const member = await requireOrganisation(tx, input.memberId, "memberId");
    if (input.joinedOn) refuseFuture(input.joinedOn, "day", "joinedOn");
    const lastLeft = await getLatestLeftOn(tx, { coalitionId: coalition.id, memberId: member.id });
    if (input.joinedOn && lastLeft && input.joinedOn < lastLeft)
      throw new ActionError("errors.membership.overlaps", "joinedOn");
    const membership = await insertMembership(tx, input);
    audit({
      action: "coalition.add_member",
      entityType: "coalition_membership",
      entityId: membership.id,
      after: membership,
    });
    return { id: membership.id, tags: await membershipTags(tx, coalition, member) };
  },
};

export const endCoalitionMembershipDef: Def<typeof coalitionEndMembershipSchema> = {
  name: "coalition.end_membership",
  access: { permission: "organisation.manage" },
  schema: coalitionEndMembershipSchema,
  tags: tagsOf,
  run: async ({ tx, input, audit }) => {
    const before = await getMembershipRow(tx, { id: input.id });
    if (!before) throw new ActionError("errors.membership.notFound");
    if (before.leftOn) throw new ActionError("errors.membership.ended");
    if (before.joinedOn && input.leftOn < before.joinedOn)
      throw new ActionError("errors.membership.leftBeforeJoined", "leftOn");
    refuseFuture(input.leftOn, "day", "leftOn");
    const after = await endMembership(tx, input);
    audit({
      action: "coalition.end_membership",
      entityType: "coalition_membership",
      entityId: input.id,
      before,
      after,
    });
    const coalition = await requireOrganisation(tx, before.coalitionId);
    const member = await requireOrganisation(tx, before.memberId);
    return { id: input.id, tags: await membershipTags(tx, coalition, member) };
  },
};

function pick<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;
}
