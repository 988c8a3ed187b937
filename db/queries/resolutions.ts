import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { type Executor, getDb } from "@/db";
import { possibleSlugs } from "@/db/queries/public-visibility";
import { toUnState } from "@/db/queries/states";
import {
  asks,
  bodyMemberships,
  campaigns,
  campaignTargets,
  type Position,
  positions,
  type Resolution,
  type ResolutionText,
  resolutions,
  resolutionTexts,
  states,
  targets,
  type UnBody,
  type UnSession,
  unBodies,
  unSessions,
} from "@/db/schema";
import { cacheTags, publicCacheOptions } from "@/lib/domain/cache-tags";
import { type DatePrecision, type PreciseDate, precisePeriodStart } from "@/lib/domain/dates";
import { todayIn } from "@/lib/domain/deadlines";
import {
  type AdoptionMethod,
  currentPositions,
  type PositionKind,
  type PositionRecord,
  type SponsorshipType,
} from "@/lib/domain/un/positions";
import type { UnState } from "@/lib/domain/un/states";

/*
 * The UN record: bodies and their sessions, resolution lines and their texts, the
 * positions states took on them, and who sat on which body when. Public reads return
 * plain JSON (cached with unstable_cache); staff writes take the caller's transaction and
 * return a typed refusal for what the domain forbids, which the action turns into a
 * message. Positions are appended, never edited: a wrong one is retracted.
 */

// ── Refusals ─────────────────────────────────────────────────────────────────

/** What the record refuses to hold, and why, for the action to say. */
export type UnRecordRefusal =
  | { reason: "not_found"; what: "body" | "session" | "resolution" | "text" | "position" }
  /** A paste that matched no state. */
  | { reason: "empty_list" }
  /** A date after today everywhere on Earth: nothing has happened then yet. */
  | { reason: "future_date"; latestToday: string }
  | { reason: "unknown_states"; iso3s: string[] }
  /** A vote for states that did not sit on the body at that session. */
  | { reason: "not_members"; iso3s: string[] }
  /** A vote at a body whose membership at that session is not on record yet. */
  | { reason: "membership_unknown" }
  /** A text placed at a session of another body than its line's. */
  | { reason: "session_of_other_body" }
  | { reason: "already_retracted" };

export type UnRecordResult<T> = { ok: true; data: T } | { ok: false; refusal: UnRecordRefusal };

const refuse = (refusal: UnRecordRefusal): { ok: false; refusal: UnRecordRefusal } => ({
  ok: false,
  refusal,
});

/** Kinds that only a member of the body can take: a vote, or being absent from one. */
const MEMBER_ONLY_KINDS: ReadonlySet<PositionKind> = new Set([
  "vote_yes",
  "vote_no",
  "vote_abstain",
  "vote_absent",
]);

/** Bodies every UN member state sits on, whatever body_memberships holds. */
const UNIVERSAL_BODIES: ReadonlySet<UnBody["kind"]> = new Set(["ga_plenary", "ga_third_committee"]);

/** The codes among `iso3s` that are no state of the record. */
async function unknownStates(tx: Executor, iso3s: string[]): Promise<string[]> {
  const known = await tx.select({ iso3: states.iso3 }).from(states).where(inArray(states.iso3, iso3s));
  const knownSet = new Set(known.map((s) => s.iso3));
  return iso3s.filter((s) => !knownSet.has(s));
}

/**
 * The latest calendar date anywhere (UTC+14): a position dated after it has not happened
 * anywhere yet, whatever zone staff type from.
 */
function latestToday(now: Date): string {
  return todayIn("Pacific/Kiritimati", now);
}

// ── Public: the list of resolution lines ────────────────────────────────────

/** A text's title, symbols and adoption, as the list and the matrix show them. */
export type TextAdoption = {
  title: string;
  draftSymbol: string | null;
  adoptedSymbol: string | null;
  adoptedOn: string | null;
  adoption: AdoptionMethod;
  votes: { yes: number; no: number; abstain: number } | null;
};

export type ResolutionListItem = {
  slug: string;
  title: string;
  isSample: boolean;
  body: { name: string; shortName: string | null; kind: UnBody["kind"] };
  texts: number;
  /** The text at the latest session, with its totals; null before any. */
  latest:
    | (TextAdoption & {
        sessionLabel: string;
        /** States co-sponsoring it now, on the record. */
        cosponsors: number;
      })
    | null;
};

/** Every resolution line with its latest text and that text's totals, by title. */
export async function loadResolutionList(db: Executor): Promise<ResolutionListItem[]> {
  const [lines, latestTexts] = await Promise.all([
    db
      .select({
        id: resolutions.id,
        slug: resolutions.slug,
        title: resolutions.title,
        isSample: resolutions.isSample,
        body: { name: unBodies.name, shortName: unBodies.shortName, kind: unBodies.kind },
        texts: sql<number>`(select count(*) from ${resolutionTexts} where ${resolutionTexts.resolutionId} = ${resolutions.id})::int`,
      })
      .from(resolutions)
      .innerJoin(unBodies, eq(unBodies.id, resolutions.bodyId))
      .orderBy(asc(resolutions.title)),
    db
      .selectDistinctOn([resolutionTexts.resolutionId], {
        text: resolutionTexts,
        sessionLabel: unSessions.label,
      })
      .from(resolutionTexts)
      .innerJoin(unSessions, eq(unSessions.id, resolutionTexts.sessionId))
      .orderBy(resolutionTexts.resolutionId, desc(unSessions.startsOn)),
  ]);
  const textIds = latestTexts.map((t) => t.text.id);
  const records = textIds.length === 0 ? [] : await loadPositionRecords(db, { textIds });
  const cosponsors = new Map<string, number>();
  for (const position of currentPositions(records).values()) {
    if (position.sponsorship?.kind === "cosponsor") {
      const textId = position.sponsorship.textId;
      cosponsors.set(textId, (cosponsors.get(textId) ?? 0) + 1);
    }
  }
  const latestByLine = new Map(latestTexts.map((t) => [t.text.resolutionId, t]));

  return lines.map((line) => {
    const latest = latestByLine.get(line.id);
    return {
      slug: line.slug,
      title: line.title,
      isSample: line.isSample,
      body: line.body,
      texts: line.texts,
      latest: latest
        ? {
            sessionLabel: latest.sessionLabel,
            title: latest.text.title,
            draftSymbol: latest.text.draftSymbol,
            adoptedSymbol: latest.text.adoptedSymbol,
            adoptedOn: latest.text.adoptedOn,
            adoption: latest.text.adoption,
            votes: voteCounts(latest.text),
            cosponsors: cosponsors.get(latest.text.id) ?? 0,
          }
        : null,
    };
  });
}

function voteCounts(text: ResolutionText): { yes: number; no: number; abstain: number } | null {
  return text.adoption === "recorded_vote" &&
    text.yesCount !== null &&
    text.noCount !== null &&
    text.abstainCount !== null
    ? { yes: text.yesCount, no: text.noCount, abstain: text.abstainCount }
    : null;
}

// ── Public: one line's matrix ───────────────────────────────────────────────

/** A position record with where it came from, for the page to cite. */
export type SourcedPositionRecord = PositionRecord & {
  sourceUrl: string | null;
  sourceLabel: string | null;
  isSample: boolean;
};

export type MatrixText = TextAdoption & {
  id: string;
  /** Oldest session first, from 0: resolutionMatrix's `order`. */
  order: number;
  session: {
    id: string;
    label: string;
    kind: UnSession["kind"];
    number: number | null;
    startsOn: string;
    endsOn: string;
  };
  coreGroup: string | null;
  sourceUrl: string | null;
  sourceLabel: string | null;
  isSample: boolean;
};

export type ResolutionMatrixData = {
  resolution: {
    slug: string;
    title: string;
    description: string | null;
    isSample: boolean;
    body: { slug: string; name: string; shortName: string | null; kind: UnBody["kind"] };
  };
  texts: MatrixText[];
  /** Every live (not retracted) record on the line's texts, oldest first. */
  records: SourcedPositionRecord[];
  /** Every state, by name: the page filters them by regional group. */
  states: UnState[];
};

/** A resolution line with its texts by session, its position records and the states, or null. */
export async function loadResolutionMatrix(
  db: Executor,
  { slug }: { slug: string },
): Promise<ResolutionMatrixData | null> {
  const [line] = await db
    .select({
      resolution: resolutions,
      body: { slug: unBodies.slug, name: unBodies.name, shortName: unBodies.shortName, kind: unBodies.kind },
    })
    .from(resolutions)
    .innerJoin(unBodies, eq(unBodies.id, resolutions.bodyId))
    .where(eq(resolutions.slug, slug))
    .limit(1);
  if (!line) return null;

  const textRows = await db
    .select({ text: resolutionTexts, session: unSessions })
    .from(resolutionTexts)
    .innerJoin(unSessions, eq(unSessions.id, resolutionTexts.sessionId))
    .where(eq(resolutionTexts.resolutionId, line.resolution.id))
    .orderBy(asc(unSessions.startsOn), asc(unSessions.number));
  const textIds = textRows.map((r) => r.text.id);
  const [records, stateRows] = await Promise.all([
    textIds.length === 0 ? [] : loadPositionRecords(db, { textIds }),
    db.select().from(states).orderBy(asc(states.name)),
  ]);

  return {
    resolution: {
      slug: line.resolution.slug,
      title: line.resolution.title,
      description: line.resolution.description,
      isSample: line.resolution.isSample,
      body: line.body,
    },
    texts: textRows.map(({ text, session }, order) => ({
      id: text.id,
      order,
      session: {
        id: session.id,
        label: session.label,
        kind: session.kind,
        number: session.number,
        startsOn: session.startsOn,
        endsOn: session.endsOn,
      },
      title: text.title,
      draftSymbol: text.draftSymbol,
      adoptedSymbol: text.adoptedSymbol,
      adoptedOn: text.adoptedOn,
      adoption: text.adoption,
      votes: voteCounts(text),
      coreGroup: text.coreGroup,
      sourceUrl: text.sourceUrl,
      sourceLabel: text.sourceLabel,
      isSample: text.isSample,
    })),
    records,
    states: stateRows.map(toUnState),
  };
}

/**
 * A resolution text as other pages cite it: "A/C.3/74/L.27, 74th session", with its line.
 * Select from resolutionTexts joined to unSessions and resolutions.
 */
export const citedTextColumns = {
  id: resolutionTexts.id,
  title: resolutionTexts.title,
  draftSymbol: resolutionTexts.draftSymbol,
  adoptedSymbol: resolutionTexts.adoptedSymbol,
  sessionLabel: unSessions.label,
  resolution: { slug: resolutions.slug, title: resolutions.title },
};

/** The live position records on these texts, as lib/domain/un/positions reads them. */
export async function loadPositionRecords(
  db: Executor,
  { textIds, stateIso3s }: { textIds: readonly string[]; stateIso3s?: readonly string[] },
): Promise<SourcedPositionRecord[]> {
  if (textIds.length === 0 || stateIso3s?.length === 0) return [];
  const rows = await db
    .select({
      id: positions.id,
      stateIso3: positions.stateIso3,
      textId: positions.textId,
      kind: positions.kind,
      sponsorship: positions.sponsorship,
      occurredOn: positions.occurredOn,
      precision: positions.precision,
      createdAt: positions.createdAt,
      sourceUrl: positions.sourceUrl,
      sourceLabel: positions.sourceLabel,
      isSample: positions.isSample,
    })
    .from(positions)
    .where(
      and(
        inArray(positions.textId, [...textIds]),
        stateIso3s ? inArray(positions.stateIso3, [...stateIso3s]) : undefined,
        isNull(positions.retractedAt),
      ),
    )
    .orderBy(asc(positions.occurredOn), asc(positions.createdAt));
  return rows.map((r) => ({
    id: r.id,
    stateIso3: r.stateIso3,
    textId: r.textId,
    kind: r.kind,
    sponsorship: r.sponsorship,
    date: precisePeriodStart({ date: r.occurredOn, precision: r.precision }),
    precision: r.precision,
    recordedAt: r.createdAt.toISOString(),
    retracted: false,
    sourceUrl: r.sourceUrl,
    sourceLabel: r.sourceLabel,
    isSample: r.isSample,
  }));
}

// ── Staff: bodies, sessions, lines and texts ────────────────────────────────

export type BodyValues = Pick<
  typeof unBodies.$inferInsert,
  "slug" | "name" | "shortName" | "kind" | "isSample"
>;

export async function createBody(tx: Executor, { values }: { values: BodyValues }): Promise<UnBody> {
  const [row] = await tx.insert(unBodies).values(values).returning();
  return row;
}

export type SessionValues = Pick<
  typeof unSessions.$inferInsert,
  "bodyId" | "kind" | "number" | "label" | "startsOn" | "endsOn" | "isSample"
>;

export async function createSession(tx: Executor, { values }: { values: SessionValues }): Promise<UnSession> {
  const [row] = await tx.insert(unSessions).values(values).returning();
  return row;
}

/** The decision date of an ask decided at a session: the session's last day. */
export function sessionDecision(session: Pick<UnSession, "endsOn">): PreciseDate {
  return { date: session.endsOn, precision: "day" };
}

/**
 * Corrects a session. Its dates carry the asks decided at it: their decision date moves
 * with the session's last day. Returns the row before and after, and the asks moved with
 * their campaigns' slugs (for the audit log and the cache tags).
 */
export async function updateSession(
  tx: Executor,
  { id, values }: { id: string; values: Partial<Omit<SessionValues, "bodyId">> },
): Promise<
  UnRecordResult<{
    before: UnSession;
    after: UnSession;
    movedAsks: Array<{ id: string; campaignSlug: string }>;
  }>
> {
  const [before] = await tx.select().from(unSessions).where(eq(unSessions.id, id)).limit(1).for("update");
  if (!before) return refuse({ reason: "not_found", what: "session" });
  const [after] = await tx
    .update(unSessions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(unSessions.id, id))
    .returning();
  const decision = sessionDecision(after);
  const moved = await tx
    .update(asks)
    .set({
      decisionOn: decision.date,
      decisionPrecision: decision.precision,
      decisionEnd: null,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(asks.sessionId, id),
        or(
          sql`${asks.decisionOn} is distinct from ${decision.date}`,
          sql`${asks.decisionPrecision} <> ${decision.precision}`,
        ),
      ),
    )
    .returning({ id: asks.id, campaignId: asks.campaignId });
  const slugs =
    moved.length === 0
      ? []
      : await tx
          .select({ id: campaigns.id, slug: campaigns.slug })
          .from(campaigns)
          .where(inArray(campaigns.id, [...new Set(moved.map((a) => a.campaignId))]));
  const slugById = new Map(slugs.map((c) => [c.id, c.slug]));
  return {
    ok: true,
    data: {
      before,
      after,
      movedAsks: moved.map((a) => ({ id: a.id, campaignSlug: slugById.get(a.campaignId)! })),
    },
  };
}

export type ResolutionValues = Pick<
  typeof resolutions.$inferInsert,
  "slug" | "title" | "bodyId" | "description" | "isSample"
>;

export async function createResolution(
  tx: Executor,
  { values }: { values: ResolutionValues },
): Promise<Resolution> {
  const [row] = await tx.insert(resolutions).values(values).returning();
  return row;
}

export type ResolutionTextValues = Pick<
  typeof resolutionTexts.$inferInsert,
  | "resolutionId"
  | "sessionId"
  | "draftSymbol"
  | "adoptedSymbol"
  | "title"
  | "adoptedOn"
  | "adoption"
  | "yesCount"
  | "noCount"
  | "abstainCount"
  | "coreGroup"
  | "sourceUrl"
  | "sourceLabel"
  | "isSample"
>;

/** A line's text at one of its body's sessions; also returns the line's slug for the cache tags. */
export async function createResolutionText(
  tx: Executor,
  { values }: { values: ResolutionTextValues },
): Promise<UnRecordResult<{ text: ResolutionText; resolutionSlug: string }>> {
  const [line] = await tx
    .select({ slug: resolutions.slug, bodyId: resolutions.bodyId })
    .from(resolutions)
    .where(eq(resolutions.id, values.resolutionId))
    .limit(1);
  if (!line) return refuse({ reason: "not_found", what: "resolution" });
  const [session] = await tx
    .select({ bodyId: unSessions.bodyId })
    .from(unSessions)
    .where(eq(unSessions.id, values.sessionId))
    .limit(1);
  if (!session) return refuse({ reason: "not_found", what: "session" });
  if (session.bodyId !== line.bodyId) return refuse({ reason: "session_of_other_body" });
  const [text] = await tx.insert(resolutionTexts).values(values).returning();
  return { ok: true, data: { text, resolutionSlug: line.slug } };
}

// ── Staff: positions ─────────────────────────────────────────────────────────

export type RecordPositionsInput = {
  textId: string;
  kind: PositionKind;
  /** Original or additional; only with "cosponsor". */
  sponsorship?: SponsorshipType | null;
  occurredOn: string;
  precision: DatePrecision;
  sourceUrl?: string | null;
  sourceLabel?: string | null;
  note?: string | null;
  /** Every state the pasted list matched; duplicates count once. */
  stateIso3s: readonly string[];
  recordedBy: string | null;
  isSample?: boolean;
  now?: Date;
};

export type RecordedPositions = {
  ids: string[];
  resolutionSlug: string;
  stateIso3s: string[];
  /** Campaigns whose pages the change touches: their asks name the text, or they press these states. */
  campaignSlugs: string[];
};

/**
 * Records one position for every state in the list, in one statement: all of them or,
 * on any refusal or error, none. Refuses an empty list, a date in the future, codes
 * that name no state, and a vote by a state not on the body at that session.
 */
export async function recordPositions(
  tx: Executor,
  input: RecordPositionsInput,
): Promise<UnRecordResult<RecordedPositions>> {
  const iso3s = [...new Set(input.stateIso3s.map((s) => s.toUpperCase()))];
  if (iso3s.length === 0) return refuse({ reason: "empty_list" });
  const today = latestToday(input.now ?? new Date());
  if (precisePeriodStart({ date: input.occurredOn, precision: input.precision }) > today) {
    return refuse({ reason: "future_date", latestToday: today });
  }

  const [text] = await tx
    .select({
      id: resolutionTexts.id,
      sessionId: resolutionTexts.sessionId,
      resolutionSlug: resolutions.slug,
      bodyId: resolutions.bodyId,
    })
    .from(resolutionTexts)
    .innerJoin(resolutions, eq(resolutions.id, resolutionTexts.resolutionId))
    .where(eq(resolutionTexts.id, input.textId))
    .limit(1);
  if (!text) return refuse({ reason: "not_found", what: "text" });

  const unknown = await unknownStates(tx, iso3s);
  if (unknown.length > 0) return refuse({ reason: "unknown_states", iso3s: unknown });

  if (MEMBER_ONLY_KINDS.has(input.kind)) {
    const members = await membersAt(tx, { bodyId: text.bodyId, sessionId: text.sessionId });
    if (members === null) return refuse({ reason: "membership_unknown" });
    const outsiders = iso3s.filter((s) => !members.has(s));
    if (outsiders.length > 0) return refuse({ reason: "not_members", iso3s: outsiders });
  }

  const inserted = await tx
    .insert(positions)
    .values(
      iso3s.map((stateIso3) => ({
        textId: input.textId,
        stateIso3,
        kind: input.kind,
        sponsorship: input.sponsorship ?? null,
        occurredOn: input.occurredOn,
        precision: input.precision,
        sourceUrl: input.sourceUrl ?? null,
        sourceLabel: input.sourceLabel ?? null,
        note: input.note ?? null,
        recordedBy: input.recordedBy,
        isSample: input.isSample ?? false,
      })),
    )
    .returning({ id: positions.id });

  return {
    ok: true,
    data: {
      ids: inserted.map((r) => r.id),
      resolutionSlug: text.resolutionSlug,
      stateIso3s: iso3s,
      campaignSlugs: await campaignsConcerned(tx, { textId: input.textId, stateIso3s: iso3s }),
    },
  };
}

/**
 * Retracts one position with the reason, the only change a position ever takes. Returns
 * the row before and after (for the audit log) and what the cache tags need.
 */
export async function retractPosition(
  tx: Executor,
  { id, reason, now = new Date() }: { id: string; reason: string; now?: Date },
): Promise<
  UnRecordResult<{ before: Position; after: Position; resolutionSlug: string; campaignSlugs: string[] }>
> {
  const [before] = await tx.select().from(positions).where(eq(positions.id, id)).limit(1).for("update");
  if (!before) return refuse({ reason: "not_found", what: "position" });
  if (before.retractedAt) return refuse({ reason: "already_retracted" });
  const [after] = await tx
    .update(positions)
    .set({ retractedAt: now, retractionReason: reason })
    .where(eq(positions.id, id))
    .returning();
  const [line] = await tx
    .select({ slug: resolutions.slug })
    .from(resolutionTexts)
    .innerJoin(resolutions, eq(resolutions.id, resolutionTexts.resolutionId))
    .where(eq(resolutionTexts.id, before.textId));
  return {
    ok: true,
    data: {
      before,
      after,
      resolutionSlug: line.slug,
      campaignSlugs: await campaignsConcerned(tx, { textId: before.textId, stateIso3s: [before.stateIso3] }),
    },
  };
}

/** Campaigns with an ask on the text, or pressing a target linked to one of the states. */
async function campaignsConcerned(
  db: Executor,
  { textId, stateIso3s }: { textId: string; stateIso3s: readonly string[] },
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ slug: campaigns.slug })
    .from(campaigns)
    .where(
      or(
        sql`exists (select 1 from ${asks} where ${asks.campaignId} = ${campaigns.id} and ${asks.resolutionTextId} = ${textId})`,
        sql`exists (select 1 from ${targets} where ${inArray(targets.stateIso3, [...stateIso3s])} and (
          ${targets.id} = ${campaigns.targetId}
          or exists (select 1 from ${campaignTargets} where ${campaignTargets.campaignId} = ${campaigns.id} and ${campaignTargets.targetId} = ${targets.id})))`,
      ),
    )
    .orderBy(asc(campaigns.slug));
  return rows.map((r) => r.slug);
}

// ── Staff: who sits on a body ────────────────────────────────────────────────

/**
 * The states on a body at a session (its own membership rows, or those of the year it
 * opens in), or in a year; every UN member for the General Assembly. Null when nothing is
 * on record for a body that has a membership.
 */
async function membersAt(
  db: Executor,
  where: { bodyId: string; sessionId: string } | { bodyId: string; year: number },
): Promise<Set<string> | null> {
  const [body] = await db.select({ kind: unBodies.kind }).from(unBodies).where(eq(unBodies.id, where.bodyId));
  if (!body) return null;
  if (UNIVERSAL_BODIES.has(body.kind)) {
    const rows = await db.select({ iso3: states.iso3 }).from(states).where(eq(states.unStatus, "member"));
    return new Set(rows.map((r) => r.iso3));
  }
  let condition: SQL | undefined;
  if ("sessionId" in where) {
    const [session] = await db
      .select({ startsOn: unSessions.startsOn })
      .from(unSessions)
      .where(eq(unSessions.id, where.sessionId));
    if (!session) return null;
    // The Council's members serve calendar years: a session's members are those of the year it opens in.
    condition = or(
      eq(bodyMemberships.sessionId, where.sessionId),
      eq(bodyMemberships.year, Number(session.startsOn.slice(0, 4))),
    );
  } else {
    condition = eq(bodyMemberships.year, where.year);
  }
  const rows = await db
    .selectDistinct({ iso3: bodyMemberships.stateIso3 })
    .from(bodyMemberships)
    .where(and(eq(bodyMemberships.bodyId, where.bodyId), condition));
  return rows.length === 0 ? null : new Set(rows.map((r) => r.iso3));
}

export type RecordMembershipsInput = {
  bodyId: string;
  stateIso3s: readonly string[];
  sourceUrl?: string | null;
  isSample?: boolean;
} & ({ sessionId: string; year?: never } | { year: number; sessionId?: never });

/**
 * Records who sat on a body at a session (or in a year), from a pasted list, in one
 * statement; states already on record there are left as they are.
 */
export async function recordMemberships(
  tx: Executor,
  input: RecordMembershipsInput,
): Promise<UnRecordResult<{ added: number; stateIso3s: string[] }>> {
  const iso3s = [...new Set(input.stateIso3s.map((s) => s.toUpperCase()))];
  if (iso3s.length === 0) return refuse({ reason: "empty_list" });
  const [body] = await tx.select({ id: unBodies.id }).from(unBodies).where(eq(unBodies.id, input.bodyId));
  if (!body) return refuse({ reason: "not_found", what: "body" });
  if (input.sessionId !== undefined) {
    const [session] = await tx
      .select({ bodyId: unSessions.bodyId })
      .from(unSessions)
      .where(eq(unSessions.id, input.sessionId));
    if (!session) return refuse({ reason: "not_found", what: "session" });
    if (session.bodyId !== input.bodyId) return refuse({ reason: "session_of_other_body" });
  }
  const unknown = await unknownStates(tx, iso3s);
  if (unknown.length > 0) return refuse({ reason: "unknown_states", iso3s: unknown });

  const added = await tx
    .insert(bodyMemberships)
    .values(
      iso3s.map((stateIso3) => ({
        bodyId: input.bodyId,
        stateIso3,
        sessionId: input.sessionId ?? null,
        year: input.year ?? null,
        sourceUrl: input.sourceUrl ?? null,
        isSample: input.isSample ?? false,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: bodyMemberships.id });
  return { ok: true, data: { added: added.length, stateIso3s: iso3s } };
}

/**
 * The states on a body at a session or in a year, by name: "every member of the Human
 * Rights Council at its 43rd session". Empty when its membership is not on record.
 */
export async function listBodyMembers(
  db: Executor,
  where: { bodyId: string; sessionId: string } | { bodyId: string; year: number },
): Promise<UnState[]> {
  const members = await membersAt(db, where);
  if (!members || members.size === 0) return [];
  const rows = await db
    .select()
    .from(states)
    .where(inArray(states.iso3, [...members]))
    .orderBy(asc(states.name));
  return rows.map(toUnState);
}

// ── Cached for the public pages ──────────────────────────────────────────────

/** Every resolution line, cached until positions or texts change (cacheTags.resolutionList). */
export const listResolutions = unstable_cache(
  () => loadResolutionList(getDb()),
  ["public-resolution-list"],
  publicCacheOptions(cacheTags.resolutionList),
);

/**
 * One line's matrix data, cached until a write touches it (cacheTags.resolution). The
 * page computes the matrix with resolutionMatrix (lib/domain/un/positions.ts).
 */
export const getResolutionMatrix = cache(async (slug: string): Promise<ResolutionMatrixData | null> => {
  if (!possibleSlugs(slug)) return null;
  return unstable_cache(
    () => loadResolutionMatrix(getDb(), { slug }),
    ["public-resolution-matrix", slug],
    publicCacheOptions(cacheTags.resolution(slug)),
  )();
});
