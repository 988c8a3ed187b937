import "server-only";
import { and, asc, desc, eq, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import {
  type AskSession,
  askSessionColumns,
  type LinkedAskOutcome,
  loadCampaignAsks,
} from "@/db/queries/ask-outcomes";
import { campaignPresses, listCampaignTargets, type PressedTarget } from "@/db/queries/campaign-targets";
import { type LetterTargetName, withLetterTargets } from "@/db/queries/staff-letters";
import {
  type Ask,
  asks,
  askTargets,
  type Campaign,
  campaignLeads,
  campaigns,
  campaignTargets,
  type Event,
  events,
  letters,
  organisations,
  type Response,
  resolutions,
  resolutionTexts,
  responses,
  signatures,
  type Target,
  targetHolidays,
  targets,
  unSessions,
} from "@/db/schema";
import type { DatePrecision, PreciseDate } from "@/lib/domain/dates";
import { todayIn } from "@/lib/domain/deadlines";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";
import type { WantedPosition } from "@/lib/domain/un/positions";
import { targetIdentityColumns } from "./columns";
import { fromCampaignsWithMainTarget, fromResolutionTexts } from "./joins";
import { publicCampaign } from "./public-visibility";
import { countOf, qualified } from "./qualified";

/*
 * What the staff workspace reads and writes about campaigns, their asks, events and
 * responses, and targets. Staff see drafts and private campaigns; nothing here is cached.
 * Writers return the row before and after, for the audit log. Asks, events and responses
 * are retracted, never deleted.
 */

// What the writers take: plain column values, which the staff forms' parsed input
// (lib/validations/campaigns) satisfies; the queries know nothing of the forms.

/** A campaign's own fields; its lead organisations are written by replaceCampaignLeads. */
export type CampaignValues = Pick<
  Campaign,
  "title" | "slug" | "summary" | "status" | "visibility" | "targetId" | "startedOn"
>;
export type AskValues = Pick<
  Ask,
  | "campaignId"
  | "title"
  | "description"
  | "venue"
  | "decisionOn"
  | "decisionPrecision"
  | "decisionEnd"
  | "resolutionTextId"
  | "wantedPosition"
  | "sessionId"
>;
export type EventValues = Pick<
  Event,
  "campaignId" | "kind" | "title" | "description" | "occurredOn" | "precision" | "occurredEnd" | "sources"
>;
export type ResponseValues = Pick<
  Response,
  | "campaignId"
  | "letterId"
  | "askId"
  | "targetId"
  | "kind"
  | "stance"
  | "respondedOn"
  | "precision"
  | "respondedEnd"
  | "summary"
  | "sourceUrl"
>;
/** What a staff edit may change on a record it made: anything but the campaign it is on. */
type Edit<V> = Omit<V, "campaignId">;
export type TargetValues = Pick<
  Target,
  "slug" | "name" | "kind" | "country" | "stateIso3" | "timeZone" | "description"
>;
/** One of a target's public holidays. */
export type TargetHoliday = { day: string; name: string | null };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A letter as a response must find it (same campaign, already sent) and the campaign page lists it. */
const letterSentColumns = {
  id: letters.id,
  slug: letters.slug,
  status: letters.status,
  sentOn: letters.sentOn,
  sentPrecision: letters.sentPrecision,
  sentEnd: letters.sentEnd,
};

/** Tables staff edit a row of by id, each with an updatedAt. */
type EditableTable = typeof campaigns | typeof asks | typeof events | typeof responses | typeof targets;

/** One row by id, locked for the rest of the transaction (it is about to be changed). */
async function lockRow<T extends EditableTable>(
  db: Executor,
  table: T,
  id: string,
): Promise<T["$inferSelect"] | null> {
  const [row] = await db
    .select()
    .from(table as EditableTable)
    .where(eq(table.id, id))
    .limit(1)
    .for("update");
  return (row as T["$inferSelect"] | undefined) ?? null;
}

/** Sets `values` (and updatedAt) on one row by id and returns it as it now is. */
async function updateRow<T extends EditableTable>(
  db: Executor,
  table: T,
  id: string,
  values: Partial<T["$inferInsert"]>,
): Promise<T["$inferSelect"]> {
  const [row] = await db
    .update(table as EditableTable)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(table.id, id))
    .returning();
  return row as T["$inferSelect"];
}

/** Inserts one row, with the staff member who made it, and returns it. */
async function insertMade<T extends typeof campaigns | typeof events | typeof responses>(
  db: Executor,
  table: T,
  { values, createdBy }: { values: Omit<T["$inferInsert"], "createdBy">; createdBy: string | null },
): Promise<T["$inferSelect"]> {
  const [row] = await db
    .insert(table as typeof campaigns)
    .values({ ...values, createdBy } as typeof campaigns.$inferInsert)
    .returning();
  return row as T["$inferSelect"];
}

/** Retracts one row by id (public pages show it struck through, with the reason). */
function retractRow<T extends typeof asks | typeof events | typeof responses>(
  db: Executor,
  table: T,
  { id, reason }: { id: string; reason: string },
): Promise<T["$inferSelect"]> {
  return updateRow(db, table, id, { retractedAt: new Date(), retractionReason: reason } as Partial<
    T["$inferInsert"]
  >);
}

// ── Campaigns ────────────────────────────────────────────────────────────────

export type StaffCampaignListItem = {
  id: string;
  slug: string;
  title: string;
  status: Campaign["status"];
  visibility: Campaign["visibility"];
  targetName: string;
  isSample: boolean;
  askCount: number;
  letterCount: number;
  responseCount: number;
  updatedAt: string;
};

/** Every campaign, drafts and private ones included; drafts first, then the latest edited. */
export async function listStaffCampaigns(
  db: Executor,
  { status }: { status?: Campaign["status"] } = {},
): Promise<StaffCampaignListItem[]> {
  const rows = await fromCampaignsWithMainTarget(
    db.select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      status: campaigns.status,
      visibility: campaigns.visibility,
      targetName: targets.name,
      isSample: campaigns.isSample,
      askCount: countOf(asks.campaignId, campaigns.id, isNull(asks.retractedAt)),
      letterCount: countOf(letters.campaignId, campaigns.id),
      responseCount: countOf(responses.campaignId, campaigns.id, isNull(responses.retractedAt)),
      updatedAt: campaigns.updatedAt,
    }),
  )
    .where(status ? eq(campaigns.status, status) : undefined)
    .orderBy(desc(sql`${campaigns.status} = 'draft'`), desc(campaigns.updatedAt), asc(campaigns.title));
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

export type StaffAsk = {
  id: string;
  position: number;
  title: string;
  description: string | null;
  venue: string | null;
  decisionOn: string | null;
  decisionPrecision: Ask["decisionPrecision"];
  /** The last day of a decision date given as a range. */
  decisionEnd: string | null;
  outcome: Ask["outcome"];
  outcomeOn: string | null;
  outcomeSourceUrl: string | null;
  outcomeNote: string | null;
  /** The targets the ask names (ask_targets); empty when it is put to all the campaign's. */
  targetIds: string[];
  resolutionTextId: string | null;
  wantedPosition: WantedPosition | null;
  /** The session it is decided at, whose last day is its decision date. */
  session: AskSession | null;
  /** When it is decided: the session's last day, or the date typed. */
  decision: PreciseDate | null;
  /** For an ask linked to a text: its outcome per targeted state, from the positions recorded. */
  derived: LinkedAskOutcome | null;
  retractedAt: string | null;
  retractionReason: string | null;
};

/** A target the campaign presses; `main` is campaigns.target_id. */
export type StaffCampaignTarget = PressedTarget;

export type StaffEvent = {
  id: string;
  kind: Event["kind"];
  title: string;
  description: string | null;
  occurredOn: string;
  precision: Event["precision"];
  /** The last day of a date given as a range. */
  occurredEnd: string | null;
  sources: Event["sources"];
  retractedAt: string | null;
  retractionReason: string | null;
};

export type StaffResponse = {
  id: string;
  letterId: string | null;
  letterTitle: string | null;
  /** Which of the letter's targets answered; null on responses saved without one. */
  targetId: string | null;
  askId: string | null;
  askTitle: string | null;
  kind: Response["kind"];
  stance: Response["stance"];
  respondedOn: string;
  precision: Response["precision"];
  /** The last day of a date given as a range. */
  respondedEnd: string | null;
  summary: string;
  sourceUrl: string | null;
  retractedAt: string | null;
  retractionReason: string | null;
};

export type StaffCampaignLetter = {
  id: string;
  slug: string;
  title: string;
  status: LetterStatus;
  sentOn: string | null;
  sentPrecision: DatePrecision;
  sentEnd: string | null;
  /** Whom it is addressed to: which of them answered is recorded with each response. */
  targets: LetterTargetName[];
};

export type StaffCampaignDetail = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: Campaign["status"];
  visibility: Campaign["visibility"];
  isSample: boolean;
  startedOn: string | null;
  /** When it was last saved (ISO): the edit form sends it back (lib/actions/stale-edit.ts). */
  updatedAt: string;
  target: { id: string; slug: string; name: string; timeZone: string };
  /** Every target it presses, the main one first, then by name. */
  targets: StaffCampaignTarget[];
  leads: Array<{ id: string; slug: string; name: string }>;
  asks: StaffAsk[];
  events: StaffEvent[];
  responses: StaffResponse[];
  letters: StaffCampaignLetter[];
};

/** One campaign with everything the staff edit page shows, or null. */
export async function getStaffCampaign(
  db: Executor,
  { id, now = new Date() }: { id: string; now?: Date },
): Promise<StaffCampaignDetail | null> {
  const [row] = await fromCampaignsWithMainTarget(
    db.select({
      campaign: campaigns,
      target: { id: targets.id, slug: targets.slug, name: targets.name, timeZone: targets.timeZone },
    }),
  )
    .where(eq(campaigns.id, id))
    .limit(1);
  if (!row) return null;
  const { campaign, target } = row;

  const [leadRows, askRows, eventRows, responseRows, letterRows, targetRows, askTargetRows] =
    await Promise.all([
      db
        .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
        .from(campaignLeads)
        .innerJoin(organisations, eq(organisations.id, campaignLeads.organisationId))
        .where(eq(campaignLeads.campaignId, id))
        .orderBy(asc(campaignLeads.position), asc(organisations.name)),
      loadCampaignAsks(db, { campaignIds: [id], today: () => todayIn(target.timeZone, now) }),
      db
        .select()
        .from(events)
        .where(eq(events.campaignId, id))
        .orderBy(asc(events.occurredOn), asc(events.createdAt)),
      db
        .select({ response: responses, letterTitle: letters.title, askTitle: asks.title })
        .from(responses)
        .leftJoin(letters, eq(letters.id, responses.letterId))
        .leftJoin(asks, eq(asks.id, responses.askId))
        .where(eq(responses.campaignId, id))
        .orderBy(asc(responses.respondedOn), asc(responses.createdAt)),
      db
        .select({ ...letterSentColumns, title: letters.title })
        .from(letters)
        .where(eq(letters.campaignId, id))
        .orderBy(sql`${letters.sentOn} nulls last`, asc(letters.title)),
      listCampaignTargets(db, { campaignId: id, mainTargetId: campaign.targetId }),
      db
        .select({ askId: askTargets.askId, targetId: askTargets.targetId })
        .from(askTargets)
        .innerJoin(asks, eq(asks.id, askTargets.askId))
        .where(eq(asks.campaignId, id)),
    ]);
  return {
    id: campaign.id,
    slug: campaign.slug,
    title: campaign.title,
    summary: campaign.summary,
    status: campaign.status,
    visibility: campaign.visibility,
    isSample: campaign.isSample,
    startedOn: campaign.startedOn,
    updatedAt: campaign.updatedAt.toISOString(),
    target,
    targets: targetRows,
    leads: leadRows,
    asks: askRows.map(({ ask: a, session, decision, derived }) => ({
      id: a.id,
      position: a.position,
      title: a.title,
      description: a.description,
      venue: a.venue,
      decisionOn: a.decisionOn,
      decisionPrecision: a.decisionPrecision,
      decisionEnd: a.decisionEnd,
      outcome: a.outcome,
      outcomeOn: a.outcomeOn,
      outcomeSourceUrl: a.outcomeSourceUrl,
      outcomeNote: a.outcomeNote,
      targetIds: askTargetRows.filter((r) => r.askId === a.id).map((r) => r.targetId),
      resolutionTextId: a.resolutionTextId,
      wantedPosition: a.wantedPosition,
      session,
      decision,
      derived,
      retractedAt: iso(a.retractedAt),
      retractionReason: a.retractionReason,
    })),
    events: eventRows.map((e) => ({
      id: e.id,
      kind: e.kind,
      title: e.title,
      description: e.description,
      occurredOn: e.occurredOn,
      precision: e.precision,
      occurredEnd: e.occurredEnd,
      sources: e.sources,
      retractedAt: iso(e.retractedAt),
      retractionReason: e.retractionReason,
    })),
    responses: responseRows.map(({ response: r, letterTitle, askTitle }) => ({
      id: r.id,
      letterId: r.letterId,
      letterTitle,
      targetId: r.targetId,
      askId: r.askId,
      askTitle,
      kind: r.kind,
      stance: r.stance,
      respondedOn: r.respondedOn,
      precision: r.precision,
      respondedEnd: r.respondedEnd,
      summary: r.summary,
      sourceUrl: r.sourceUrl,
      retractedAt: iso(r.retractedAt),
      retractionReason: r.retractionReason,
    })),
    letters: await withLetterTargets(db, { letters: letterRows, mainTargetId: campaign.targetId }),
  };
}

/** The campaign row itself, locked for the rest of the transaction when `lock` is set. */
export async function getCampaignRow(
  db: Executor,
  { id, lock = false }: { id: string; lock?: boolean },
): Promise<Campaign | null> {
  const query = db.select().from(campaigns).where(eq(campaigns.id, id)).limit(1);
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

export async function insertCampaign(
  db: Executor,
  input: { values: CampaignValues; createdBy: string | null },
): Promise<Campaign> {
  return insertMade(db, campaigns, input);
}

export async function updateCampaign(
  db: Executor,
  { id, values }: { id: string; values: Partial<CampaignValues> },
): Promise<Campaign | null> {
  return (await updateRow(db, campaigns, id, values)) ?? null;
}

/** Lead organisations in the given order; returns the ids before and after. */
export async function replaceCampaignLeads(
  db: Executor,
  { campaignId, organisationIds }: { campaignId: string; organisationIds: readonly string[] },
): Promise<{ before: string[]; after: string[] }> {
  const before = await db
    .select({ id: campaignLeads.organisationId })
    .from(campaignLeads)
    .where(eq(campaignLeads.campaignId, campaignId))
    .orderBy(asc(campaignLeads.position));
  await db.delete(campaignLeads).where(eq(campaignLeads.campaignId, campaignId));
  if (organisationIds.length > 0) {
    await db
      .insert(campaignLeads)
      .values(organisationIds.map((organisationId, position) => ({ campaignId, organisationId, position })));
  }
  return { before: before.map((r) => r.id), after: [...organisationIds] };
}

// ── The targets a campaign presses ───────────────────────────────────────────

// The rule itself lives in campaign-targets.ts; the campaign actions read it from here too.
export { listCampaignTargets };

/** The targets with these ids that exist, with their states (for the checks and cache tags). */
export async function listTargetStates(
  db: Executor,
  { ids }: { ids: readonly string[] },
): Promise<Array<{ id: string; stateIso3: string | null }>> {
  if (ids.length === 0) return [];
  return db
    .select({ id: targets.id, stateIso3: targets.stateIso3 })
    .from(targets)
    .where(inArray(targets.id, [...ids]));
}

/**
 * Sets the targets a campaign presses, the main one included (campaign_targets); returns
 * the ids before and after. Before: the rows there, or the main target alone when none.
 */
export async function replaceCampaignTargets(
  db: Executor,
  {
    campaignId,
    mainTargetIdBefore,
    targetIds,
  }: { campaignId: string; mainTargetIdBefore: string | null; targetIds: readonly string[] },
): Promise<{ before: string[]; after: string[] }> {
  const rows = await db
    .select({ id: campaignTargets.targetId })
    .from(campaignTargets)
    .where(eq(campaignTargets.campaignId, campaignId));
  const before = [
    ...new Set([...(mainTargetIdBefore ? [mainTargetIdBefore] : []), ...rows.map((r) => r.id)]),
  ];
  await db.delete(campaignTargets).where(eq(campaignTargets.campaignId, campaignId));
  const after = [...new Set(targetIds)];
  if (after.length > 0) {
    await db.insert(campaignTargets).values(after.map((targetId) => ({ campaignId, targetId })));
  }
  return { before, after };
}

/** The targets the campaign's live asks name (ask_targets): they must stay among its targets. */
export async function listTargetsNamedByAsks(
  db: Executor,
  { campaignId }: { campaignId: string },
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: askTargets.targetId })
    .from(askTargets)
    .innerJoin(asks, eq(asks.id, askTargets.askId))
    .where(and(eq(asks.campaignId, campaignId), isNull(asks.retractedAt)));
  return rows.map((r) => r.id);
}

/** How many of the ids are organisations that exist. */
export async function countOrganisations(db: Executor, { ids }: { ids: readonly string[] }): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
  return row.n;
}

// ── Asks ─────────────────────────────────────────────────────────────────────

export async function getAskRow(db: Executor, { id }: { id: string }): Promise<Ask | null> {
  return lockRow(db, asks, id);
}

/** A new ask goes after the campaign's others. */
export async function insertAsk(db: Executor, { values }: { values: AskValues }): Promise<Ask> {
  const [{ next }] = await db
    .select({ next: sql<number>`coalesce(max(${asks.position}) + 1, 0)::int` })
    .from(asks)
    .where(eq(asks.campaignId, values.campaignId));
  const [row] = await db
    .insert(asks)
    .values({ ...values, position: next })
    .returning();
  return row;
}

export async function updateAsk(
  db: Executor,
  {
    id,
    values,
  }: {
    id: string;
    values: Partial<
      Edit<AskValues> & Pick<Ask, "outcome" | "outcomeOn" | "outcomeSourceUrl" | "outcomeNote">
    >;
  },
): Promise<Ask> {
  return updateRow(db, asks, id, values);
}

export async function retractAsk(db: Executor, input: { id: string; reason: string }): Promise<Ask> {
  return retractRow(db, asks, input);
}

/** Sets the targets an ask names (none: all its campaign's); returns the ids before and after. */
export async function replaceAskTargets(
  db: Executor,
  { askId, targetIds }: { askId: string; targetIds: readonly string[] },
): Promise<{ before: string[]; after: string[] }> {
  const before = await db
    .select({ id: askTargets.targetId })
    .from(askTargets)
    .where(eq(askTargets.askId, askId));
  await db.delete(askTargets).where(eq(askTargets.askId, askId));
  const after = [...new Set(targetIds)];
  if (after.length > 0) await db.insert(askTargets).values(after.map((targetId) => ({ askId, targetId })));
  return { before: before.map((r) => r.id), after };
}

/** A session an ask can be decided at, with its dates, or null. */
export async function getAskSession(db: Executor, { id }: { id: string }): Promise<AskSession | null> {
  const [row] = await db.select(askSessionColumns).from(unSessions).where(eq(unSessions.id, id)).limit(1);
  return row ?? null;
}

/** Whether a resolution text exists, for an ask to be linked to it. */
export async function resolutionTextExists(db: Executor, { id }: { id: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: resolutionTexts.id })
    .from(resolutionTexts)
    .where(eq(resolutionTexts.id, id))
    .limit(1);
  return row !== undefined;
}

/** A resolution text as the ask form offers it: "<line title> — <session> (<draft symbol>)". */
export type ResolutionTextOption = {
  id: string;
  resolutionTitle: string;
  sessionLabel: string;
  draftSymbol: string | null;
};

/** Every resolution text, by line title, the latest session first. */
export async function listResolutionTextOptions(db: Executor): Promise<ResolutionTextOption[]> {
  return fromResolutionTexts(
    db.select({
      id: resolutionTexts.id,
      resolutionTitle: resolutions.title,
      sessionLabel: unSessions.label,
      draftSymbol: resolutionTexts.draftSymbol,
    }),
  ).orderBy(asc(resolutions.title), desc(unSessions.startsOn));
}

// ── Events ───────────────────────────────────────────────────────────────────

export async function getEventRow(db: Executor, { id }: { id: string }): Promise<Event | null> {
  return lockRow(db, events, id);
}

export async function insertEvent(
  db: Executor,
  input: { values: EventValues; createdBy: string | null },
): Promise<Event> {
  return insertMade(db, events, input);
}

export async function updateEvent(
  db: Executor,
  {
    id,
    values,
  }: {
    id: string;
    values: Edit<EventValues>;
  },
): Promise<Event> {
  return updateRow(db, events, id, values);
}

export async function retractEvent(db: Executor, input: { id: string; reason: string }): Promise<Event> {
  return retractRow(db, events, input);
}

// ── Responses ────────────────────────────────────────────────────────────────

export async function getResponseRow(db: Executor, { id }: { id: string }): Promise<Response | null> {
  return lockRow(db, responses, id);
}

/** What a response's letter must satisfy: same campaign, already sent. */
export type LetterLinkRow = {
  id: string;
  campaignId: string;
  slug: string;
  status: LetterStatus;
  sentOn: string | null;
  sentPrecision: DatePrecision;
  sentEnd: string | null;
};

export async function getLetterLinkRow(db: Executor, { id }: { id: string }): Promise<LetterLinkRow | null> {
  const [row] = await db
    .select({ ...letterSentColumns, campaignId: letters.campaignId })
    .from(letters)
    .where(eq(letters.id, id))
    .limit(1);
  return row ?? null;
}

export async function insertResponse(
  db: Executor,
  input: { values: ResponseValues; createdBy: string | null },
): Promise<Response> {
  return insertMade(db, responses, input);
}

export async function updateResponse(
  db: Executor,
  {
    id,
    values,
  }: {
    id: string;
    values: Edit<ResponseValues>;
  },
): Promise<Response> {
  return updateRow(db, responses, id, values);
}

export async function retractResponse(
  db: Executor,
  input: { id: string; reason: string },
): Promise<Response> {
  return retractRow(db, responses, input);
}

// ── Targets ──────────────────────────────────────────────────────────────────

export type TargetOption = { id: string; name: string };

/** Targets for a campaign's picker, by name. */
export async function listTargetOptions(db: Executor): Promise<TargetOption[]> {
  return db.select({ id: targets.id, name: targets.name }).from(targets).orderBy(asc(targets.name));
}

export type StaffTargetListItem = {
  id: string;
  slug: string;
  name: string;
  kind: Target["kind"];
  country: string | null;
  timeZone: string;
  campaignCount: number;
  holidayCount: number;
};

export async function listStaffTargets(db: Executor): Promise<StaffTargetListItem[]> {
  return db
    .select({
      ...targetIdentityColumns,
      timeZone: targets.timeZone,
      campaignCount: sql<number>`(select count(*) from ${campaigns} where ${campaignPresses(qualified(targets.id))})::int`,
      holidayCount: countOf(targetHolidays.targetId, targets.id),
    })
    .from(targets)
    .orderBy(asc(targets.name));
}

export type StaffTargetDetail = TargetValues & {
  id: string;
  holidays: TargetHoliday[];
  campaigns: Array<{ id: string; title: string; status: Campaign["status"] }>;
};

export async function getStaffTarget(
  db: Executor,
  { id }: { id: string },
): Promise<StaffTargetDetail | null> {
  const [target] = await db.select().from(targets).where(eq(targets.id, id)).limit(1);
  if (!target) return null;
  const [holidays, campaignRows] = await Promise.all([
    db
      .select({ day: targetHolidays.day, name: targetHolidays.name })
      .from(targetHolidays)
      .where(eq(targetHolidays.targetId, id))
      .orderBy(asc(targetHolidays.day)),
    db
      .select({ id: campaigns.id, title: campaigns.title, status: campaigns.status })
      .from(campaigns)
      .where(campaignPresses(sql`${id}::uuid`))
      .orderBy(asc(campaigns.title)),
  ]);
  return {
    id: target.id,
    slug: target.slug,
    name: target.name,
    kind: target.kind,
    country: target.country,
    stateIso3: target.stateIso3,
    timeZone: target.timeZone,
    description: target.description,
    holidays,
    campaigns: campaignRows,
  };
}

export async function getTargetRow(db: Executor, { id }: { id: string }): Promise<Target | null> {
  return lockRow(db, targets, id);
}

export async function insertTarget(db: Executor, { values }: { values: TargetValues }): Promise<Target> {
  const [row] = await db.insert(targets).values(values).returning();
  return row;
}

export async function updateTarget(
  db: Executor,
  { id, values }: { id: string; values: Omit<TargetValues, "slug"> },
): Promise<Target> {
  return updateRow(db, targets, id, values);
}

/** Replaces a target's holidays; returns them before and after. */
export async function replaceTargetHolidays(
  db: Executor,
  { targetId, holidays }: { targetId: string; holidays: readonly TargetHoliday[] },
): Promise<{ before: TargetHoliday[]; after: TargetHoliday[] }> {
  const before = await db
    .select({ day: targetHolidays.day, name: targetHolidays.name })
    .from(targetHolidays)
    .where(eq(targetHolidays.targetId, targetId))
    .orderBy(asc(targetHolidays.day));
  await db.delete(targetHolidays).where(eq(targetHolidays.targetId, targetId));
  if (holidays.length > 0) {
    await db.insert(targetHolidays).values(holidays.map((h) => ({ targetId, day: h.day, name: h.name })));
  }
  return { before, after: [...holidays] };
}

// ── What public pages a write touches ────────────────────────────────────────

export type PublicRefs = {
  /** Campaigns the public can see now (published and public). */
  campaigns: Array<{ id: string; slug: string }>;
  /** Their letters that have a public page, with the organisations whose pages list them as signed. */
  letters: Array<{ id: string; campaignSlug: string; slug: string; organisationSlugs: string[] }>;
};

/**
 * The public pages that show the given campaigns or letters, for cache invalidation.
 * Only what the public can see counts: a draft or private campaign has no cached page.
 */
export async function loadPublicRefs(
  db: Executor,
  { campaignIds = [], letterIds = [] }: { campaignIds?: readonly string[]; letterIds?: readonly string[] },
): Promise<PublicRefs> {
  if (campaignIds.length === 0 && letterIds.length === 0) return { campaigns: [], letters: [] };
  const isPublic = publicCampaign;

  const campaignRows =
    campaignIds.length === 0
      ? []
      : await db
          .select({ id: campaigns.id, slug: campaigns.slug })
          .from(campaigns)
          .where(and(inArray(campaigns.id, [...campaignIds]), isPublic));

  const letterScope: SQL[] = [];
  if (campaignRows.length > 0)
    letterScope.push(
      inArray(
        letters.campaignId,
        campaignRows.map((c) => c.id),
      ),
    );
  if (letterIds.length > 0) letterScope.push(inArray(letters.id, [...letterIds]));
  if (letterScope.length === 0) return { campaigns: campaignRows, letters: [] };

  const letterRows = await db
    .select({
      id: letters.id,
      slug: letters.slug,
      campaignSlug: campaigns.slug,
      organisationSlugs: sql<string[]>`coalesce((
        select array_agg(distinct o.slug) from ${signatures} s
        join ${organisations} o on o.id = s.organisation_id
        where s.letter_id = ${letters.id} and s.status = 'confirmed' and s.visibility = 'public'
      ), '{}')`,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(sql`(${sql.join(letterScope, sql` or `)})`, ne(letters.status, "draft"), isPublic));

  return { campaigns: campaignRows, letters: letterRows };
}

/** Campaigns pressing a target, as their main target or one of the others. */
export async function listCampaignIdsForTarget(
  db: Executor,
  { targetId }: { targetId: string },
): Promise<string[]> {
  const rows = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(campaignPresses(sql`${targetId}::uuid`));
  return rows.map((r) => r.id);
}
