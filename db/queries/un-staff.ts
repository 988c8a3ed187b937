import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { fromResolutionTexts } from "@/db/queries/joins";
import { countOf } from "@/db/queries/qualified";
import type { ResolutionTextValues } from "@/db/queries/resolutions";
import {
  asks,
  bodyMemberships,
  campaigns,
  positions,
  type ResolutionText,
  resolutions,
  resolutionTexts,
  states,
  type UnBody,
  type UnSession,
  unBodies,
  unSessions,
} from "@/db/schema";
import type { DatePrecision } from "@/lib/domain/dates";
import type { AdoptionMethod, PositionKind, SponsorshipType } from "@/lib/domain/un/positions";

/*
 * The staff workspace's reads of the UN record (the lists and forms of /staff/resolutions),
 * and the few writes db/queries/resolutions.ts does not hold: correcting a text, and
 * finding which public pages a session's or a text's correction changes.
 */

// ── Lists ────────────────────────────────────────────────────────────────────

/** A body as the staff lists and its page name it. */
const bodyColumns = {
  id: unBodies.id,
  slug: unBodies.slug,
  name: unBodies.name,
  shortName: unBodies.shortName,
  kind: unBodies.kind,
  isSample: unBodies.isSample,
};

export type StaffBodyItem = Pick<UnBody, keyof typeof bodyColumns> & {
  sessions: number;
  resolutions: number;
};

/** Every body with how many sessions and resolution lines it has, by name. */
export async function listStaffBodies(db: Executor): Promise<StaffBodyItem[]> {
  return db
    .select({
      ...bodyColumns,
      sessions: countOf(unSessions.bodyId, unBodies.id),
      resolutions: countOf(resolutions.bodyId, unBodies.id),
    })
    .from(unBodies)
    .orderBy(asc(unBodies.name));
}

/** A session as the staff forms offer it: "Human Rights Council — HRC43". */
export type StaffSessionOption = {
  id: string;
  bodyId: string;
  bodyName: string;
  label: string;
  startsOn: string;
  endsOn: string;
};

/** Every session with its body's name, latest first, for the forms' session choices. */
export async function listSessionOptions(db: Executor): Promise<StaffSessionOption[]> {
  return db
    .select({
      id: unSessions.id,
      bodyId: unSessions.bodyId,
      bodyName: unBodies.name,
      label: unSessions.label,
      startsOn: unSessions.startsOn,
      endsOn: unSessions.endsOn,
    })
    .from(unSessions)
    .innerJoin(unBodies, eq(unBodies.id, unSessions.bodyId))
    .orderBy(asc(unBodies.name), desc(unSessions.startsOn));
}

export type StaffTextItem = {
  id: string;
  title: string;
  draftSymbol: string | null;
  adoptedSymbol: string | null;
  adoption: AdoptionMethod;
  session: { id: string; label: string; startsOn: string };
  /** Live (not retracted) positions on record. */
  positions: number;
};

export type StaffResolutionLine = {
  id: string;
  slug: string;
  title: string;
  isSample: boolean;
  body: { id: string; name: string; shortName: string | null };
  /** Latest session first. */
  texts: StaffTextItem[];
};

/** Every resolution line with its texts, by title. */
export async function listStaffResolutionLines(db: Executor): Promise<StaffResolutionLine[]> {
  const [lines, texts] = await Promise.all([
    db
      .select({
        id: resolutions.id,
        slug: resolutions.slug,
        title: resolutions.title,
        isSample: resolutions.isSample,
        body: { id: unBodies.id, name: unBodies.name, shortName: unBodies.shortName },
      })
      .from(resolutions)
      .innerJoin(unBodies, eq(unBodies.id, resolutions.bodyId))
      .orderBy(asc(resolutions.title)),
    db
      .select({
        id: resolutionTexts.id,
        resolutionId: resolutionTexts.resolutionId,
        title: resolutionTexts.title,
        draftSymbol: resolutionTexts.draftSymbol,
        adoptedSymbol: resolutionTexts.adoptedSymbol,
        adoption: resolutionTexts.adoption,
        session: { id: unSessions.id, label: unSessions.label, startsOn: unSessions.startsOn },
        positions: countOf(positions.textId, resolutionTexts.id, isNull(positions.retractedAt)),
      })
      .from(resolutionTexts)
      .innerJoin(unSessions, eq(unSessions.id, resolutionTexts.sessionId))
      .orderBy(desc(unSessions.startsOn)),
  ]);
  const byLine = new Map<string, StaffTextItem[]>();
  for (const { resolutionId, ...text } of texts) {
    byLine.set(resolutionId, [...(byLine.get(resolutionId) ?? []), text]);
  }
  return lines.map((line) => ({ ...line, texts: byLine.get(line.id) ?? [] }));
}

// ── One body ─────────────────────────────────────────────────────────────────

export type StaffSessionItem = Pick<
  UnSession,
  "id" | "kind" | "number" | "label" | "startsOn" | "endsOn" | "isSample"
> & {
  /** Membership rows recorded for this session itself. */
  members: number;
  texts: number;
};

export type StaffBody = {
  body: Pick<UnBody, "id" | "slug" | "name" | "shortName" | "kind" | "isSample">;
  /** Latest first. */
  sessions: StaffSessionItem[];
  /** Membership recorded by calendar year (the Council's members serve years), latest first. */
  years: Array<{ year: number; members: number }>;
};

/** A body with its sessions and what membership is on record for each, or null. */
export async function getStaffBody(db: Executor, { id }: { id: string }): Promise<StaffBody | null> {
  const [body] = await db.select(bodyColumns).from(unBodies).where(eq(unBodies.id, id)).limit(1);
  if (!body) return null;
  const [sessions, years] = await Promise.all([
    db
      .select({
        id: unSessions.id,
        kind: unSessions.kind,
        number: unSessions.number,
        label: unSessions.label,
        startsOn: unSessions.startsOn,
        endsOn: unSessions.endsOn,
        isSample: unSessions.isSample,
        members: countOf(bodyMemberships.sessionId, unSessions.id),
        texts: countOf(resolutionTexts.sessionId, unSessions.id),
      })
      .from(unSessions)
      .where(eq(unSessions.bodyId, id))
      .orderBy(desc(unSessions.startsOn), asc(unSessions.label)),
    db
      .select({ year: sql<number>`${bodyMemberships.year}`, members: sql<number>`count(*)::int` })
      .from(bodyMemberships)
      .where(and(eq(bodyMemberships.bodyId, id), isNotNull(bodyMemberships.year)))
      .groupBy(bodyMemberships.year)
      .orderBy(desc(bodyMemberships.year)),
  ]);
  return { body, sessions, years };
}

// ── One text ─────────────────────────────────────────────────────────────────

export type StaffPosition = {
  id: string;
  state: { iso3: string; name: string };
  kind: PositionKind;
  sponsorship: SponsorshipType | null;
  occurredOn: string;
  precision: DatePrecision;
  sourceUrl: string | null;
  sourceLabel: string | null;
  note: string | null;
  isSample: boolean;
  recordedAt: string;
  retraction: { at: string; reason: string } | null;
};

export type StaffText = {
  text: ResolutionText;
  resolution: { id: string; slug: string; title: string };
  session: Pick<UnSession, "id" | "label" | "kind" | "number" | "startsOn" | "endsOn">;
  body: Pick<UnBody, "id" | "name" | "shortName" | "kind">;
  /** Every position on record, retracted ones included, by state then date. */
  positions: StaffPosition[];
};

/** Where a text stands: its line, session and body, without its positions. */
export async function getTextContext(
  db: Executor,
  { id }: { id: string },
): Promise<Omit<StaffText, "positions"> | null> {
  const [row] = await fromResolutionTexts(
    db.select({
      text: resolutionTexts,
      resolution: { id: resolutions.id, slug: resolutions.slug, title: resolutions.title },
      session: {
        id: unSessions.id,
        label: unSessions.label,
        kind: unSessions.kind,
        number: unSessions.number,
        startsOn: unSessions.startsOn,
        endsOn: unSessions.endsOn,
      },
      body: { id: unBodies.id, name: unBodies.name, shortName: unBodies.shortName, kind: unBodies.kind },
    }),
  )
    .innerJoin(unBodies, eq(unBodies.id, resolutions.bodyId))
    .where(eq(resolutionTexts.id, id))
    .limit(1);
  return row ?? null;
}

/** A text with its line, session, body and every position recorded on it, or null. */
export async function getStaffText(db: Executor, { id }: { id: string }): Promise<StaffText | null> {
  const context = await getTextContext(db, { id });
  if (!context) return null;
  const rows = await db
    .select({ position: positions, stateName: states.name })
    .from(positions)
    .innerJoin(states, eq(states.iso3, positions.stateIso3))
    .where(eq(positions.textId, id))
    .orderBy(asc(states.name), asc(positions.occurredOn), asc(positions.createdAt));
  return {
    ...context,
    positions: rows.map(({ position: p, stateName }) => ({
      id: p.id,
      state: { iso3: p.stateIso3, name: stateName },
      kind: p.kind,
      sponsorship: p.sponsorship,
      occurredOn: p.occurredOn,
      precision: p.precision,
      sourceUrl: p.sourceUrl,
      sourceLabel: p.sourceLabel,
      note: p.note,
      isSample: p.isSample,
      recordedAt: p.createdAt.toISOString(),
      retraction: p.retractedAt
        ? { at: p.retractedAt.toISOString(), reason: p.retractionReason ?? "" }
        : null,
    })),
  };
}

// ── Corrections and what they touch ──────────────────────────────────────────

/** What a correction may change on a text: not where it stands, nor whether it is sample data. */
export type ResolutionTextCorrection = Omit<ResolutionTextValues, "resolutionId" | "sessionId" | "isSample">;

/**
 * Corrects a text's symbols, adoption and sources (its line and session stay): a draft
 * is recorded before it is adopted, and its adoption added after. Returns the row before
 * and after, or null when there is no such text.
 */
export async function updateResolutionText(
  tx: Executor,
  { id, values }: { id: string; values: ResolutionTextCorrection },
): Promise<{ before: ResolutionText; after: ResolutionText } | null> {
  const [before] = await tx
    .select()
    .from(resolutionTexts)
    .where(eq(resolutionTexts.id, id))
    .limit(1)
    .for("update");
  if (!before) return null;
  const [after] = await tx
    .update(resolutionTexts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(resolutionTexts.id, id))
    .returning();
  return { before, after };
}

/**
 * The public pages that show a text: its line's page, and the pages of the states with
 * positions on it and of the campaigns whose asks name it.
 */
export async function textDependents(
  db: Executor,
  { textIds }: { textIds: readonly string[] },
): Promise<{ resolutionSlugs: string[]; stateIso3s: string[]; campaignSlugs: string[] }> {
  if (textIds.length === 0) return { resolutionSlugs: [], stateIso3s: [], campaignSlugs: [] };
  const ids = [...textIds];
  const [lines, stateRows, campaignRows] = await Promise.all([
    db
      .selectDistinct({ slug: resolutions.slug })
      .from(resolutionTexts)
      .innerJoin(resolutions, eq(resolutions.id, resolutionTexts.resolutionId))
      .where(inArray(resolutionTexts.id, ids)),
    db.selectDistinct({ iso3: positions.stateIso3 }).from(positions).where(inArray(positions.textId, ids)),
    db
      .selectDistinct({ slug: campaigns.slug })
      .from(asks)
      .innerJoin(campaigns, eq(campaigns.id, asks.campaignId))
      .where(inArray(asks.resolutionTextId, ids)),
  ]);
  return {
    resolutionSlugs: lines.map((r) => r.slug),
    stateIso3s: stateRows.map((r) => r.iso3),
    campaignSlugs: campaignRows.map((r) => r.slug),
  };
}

/** The texts decided at a session: its label and dates show wherever they do. */
export async function listSessionTextIds(
  db: Executor,
  { sessionId }: { sessionId: string },
): Promise<string[]> {
  const rows = await db
    .select({ id: resolutionTexts.id })
    .from(resolutionTexts)
    .where(eq(resolutionTexts.sessionId, sessionId));
  return rows.map((r) => r.id);
}
