import "server-only";
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { type LetterSummary, loadLetterSummaries } from "@/db/queries/letter-summaries";
import { awaitingApproval } from "@/db/queries/signature-filters";
import {
  campaigns,
  campaignTargets,
  letters,
  letterTargets,
  letterVersions,
  organisations,
  signatures,
  targets,
  unSessions,
  users,
} from "@/db/schema";
import type { DatePrecision } from "@/lib/domain/dates";
import type { DeadlineRule, LetterClock } from "@/lib/domain/deadlines";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";
import type { LetterTargetLine, TargetCounts } from "@/lib/domain/letter-targets";
import type { LetterSigners, SignatureStatus } from "@/lib/domain/signatures";
import { SLUG_MAX, slugify } from "@/lib/domain/slug";
import { instantToZonedLocal } from "@/lib/domain/time-zones";
import { fromCampaignsWithMainTarget, fromLettersWithMainTarget } from "./joins";
import { qualified } from "./qualified";

/*
 * The staff side of letters: every letter, drafts and private campaigns included, with
 * what the edit page and the lifecycle actions need. The public state of a letter (its
 * clock and tally) still comes from loadLetterSummaries, the one place it is computed.
 */

const LIVE = ["pending", "confirmed"] as const;

export type StaffLetterListItem = {
  id: string;
  slug: string;
  title: string;
  status: LetterStatus;
  campaignId: string;
  campaignSlug: string;
  campaignTitle: string;
  version: number;
  sentOn: string | null;
  sentPrecision: DatePrecision;
  /** The last day of a sending known as a range. */
  sentEnd: string | null;
  confirmedSignatures: number;
  /** Waiting for a staff decision, as in the approval queue. */
  pendingSignatures: number;
  /** Null for drafts and for letters of campaigns the public does not see. */
  clock: LetterClock | null;
  /** How the targets stand, for a letter to several; null where `clock` is. */
  targetCounts: TargetCounts | null;
  updatedAt: string;
};

/** A target a letter can be addressed to, with the zone its deadline is counted in. */
export type TargetChoice = { id: string; name: string; timeZone: string; stateIso3: string | null };

/** A campaign to choose, with the zone its target's dates and times are read in, and the targets it presses. */
export type CampaignOption = {
  id: string;
  slug: string;
  title: string;
  timeZone: string;
  /** Its main target. */
  targetId: string;
  /** Every target it presses, the main one first. */
  targets: TargetChoice[];
};

const targetChoice = {
  id: targets.id,
  name: targets.name,
  timeZone: targets.timeZone,
  stateIso3: targets.stateIso3,
};

/** Every campaign with the targets it presses, for the "which campaign" and "to whom" choices. */
export async function listCampaignOptions(db: Executor): Promise<CampaignOption[]> {
  const [rows, pressed] = await Promise.all([
    fromCampaignsWithMainTarget(
      db.select({
        id: campaigns.id,
        slug: campaigns.slug,
        title: campaigns.title,
        timeZone: targets.timeZone,
        main: targetChoice,
      }),
    ).orderBy(asc(campaigns.title)),
    db
      .select({ campaignId: campaignTargets.campaignId, target: targetChoice })
      .from(campaignTargets)
      .innerJoin(targets, eq(targets.id, campaignTargets.targetId))
      .orderBy(asc(targets.name)),
  ]);
  return rows.map(({ main, ...campaign }) => ({
    ...campaign,
    targetId: main.id,
    targets: [
      main,
      ...pressed.flatMap((p) => (p.campaignId === campaign.id && p.target.id !== main.id ? [p.target] : [])),
    ],
  }));
}

/** Every target, by name: a letter may be addressed to any of them. */
export async function listTargetChoices(db: Executor): Promise<TargetChoice[]> {
  return db.select(targetChoice).from(targets).orderBy(asc(targets.name));
}

/** All letters, newest changes first, optionally of one campaign and one status. */
export async function listStaffLetters(
  db: Executor,
  {
    campaignId,
    status,
    now = new Date(),
  }: { campaignId?: string | null; status?: LetterStatus | null; now?: Date },
): Promise<StaffLetterListItem[]> {
  const conditions: SQL[] = [];
  if (campaignId) conditions.push(eq(letters.campaignId, campaignId));
  if (status) conditions.push(eq(letters.status, status));
  const rows = await db
    .select({
      id: letters.id,
      slug: letters.slug,
      title: letters.title,
      status: letters.status,
      campaignId: letters.campaignId,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      version: letters.version,
      sentOn: letters.sentOn,
      sentPrecision: letters.sentPrecision,
      sentEnd: letters.sentEnd,
      updatedAt: letters.updatedAt,
      confirmedSignatures: sql<number>`(
        select count(*) from ${signatures}
        where ${signatures.letterId} = ${qualified(letters.id)} and ${signatures.status} = 'confirmed'
      )::int`,
      // As in the approval queue: e-mails not yet confirmed are nothing for staff to decide.
      pendingSignatures: sql<number>`(
        select count(*) from ${signatures}
        where ${signatures.letterId} = ${qualified(letters.id)} and ${awaitingApproval}
      )::int`,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(letters.updatedAt), asc(letters.title));
  const summaries = await loadLetterSummaries(db, {
    filter: { letterIds: rows.filter((r) => r.status !== "draft").map((r) => r.id) },
    now,
  });
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return rows.map((r) => ({
    ...r,
    clock: byId.get(r.id)?.clock ?? null,
    targetCounts: byId.get(r.id)?.targetCounts ?? null,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export type LetterVersionItem = {
  version: number;
  createdAt: string;
  createdByEmail: string | null;
  /** Pending and confirmed signatures that endorsed this text. */
  liveSignatures: number;
};

export type SignatureCounts = Record<SignatureStatus, number>;

export type StaffLetter = {
  id: string;
  slug: string;
  title: string;
  addressee: string;
  bodyMarkdown: string;
  version: number;
  status: LetterStatus;
  whoCanSign: LetterSigners;
  requiresApproval: boolean;
  /** datetime-local values on the target's wall clock, or "" when open-ended. */
  signingOpensLocal: string;
  signingClosesLocal: string;
  openedOn: string | null;
  sentOn: string | null;
  sentPrecision: DatePrecision;
  /** The last day of a sending known as a range. */
  sentEnd: string | null;
  deadlineRule: DeadlineRule;
  deadlineDate: string | null;
  deadlineDays: number | null;
  /** The letter's own retention period in months; null: the site's. */
  retentionMonths: number | null;
  /** When it was closed, and when its signers' personal data was erased (ISO), if so. */
  closedAt: string | null;
  personalDataErasedAt: string | null;
  sourceUrl: string | null;
  isSample: boolean;
  /** When it was last saved (ISO): the edit form sends it back (lib/actions/stale-edit.ts). */
  updatedAt: string;
  campaign: { id: string; slug: string; title: string; isPublic: boolean; targets: TargetChoice[] };
  /** The campaign's main target: signing-window times are read on its clock. */
  target: { name: string; timeZone: string };
  /** Every target the letter is addressed to, in its order, with its addressee line. */
  targets: Array<TargetChoice & { addressee: string }>;
  versions: LetterVersionItem[];
  signatureCounts: SignatureCounts;
  /** Live signatures on the current text: saving a changed text then makes a new version. */
  liveOnCurrentVersion: number;
  /** Where it stands (clock, deadline, tally), in a private or draft campaign too; null for a draft letter. */
  summary: LetterSummary | null;
};

/** One letter as the staff edit page shows it, or null. */
export async function getStaffLetter(
  db: Executor,
  { id, now = new Date() }: { id: string; now?: Date },
): Promise<StaffLetter | null> {
  const [row] = await fromLettersWithMainTarget(
    db.select({
      letter: letters,
      campaign: {
        id: campaigns.id,
        slug: campaigns.slug,
        title: campaigns.title,
        visibility: campaigns.visibility,
        status: campaigns.status,
      },
      target: targetChoice,
    }),
  ).where(eq(letters.id, id));
  if (!row) return null;
  const { letter, campaign, target } = row;

  const [versionRows, perVersion, byStatus, [summary], addressed, pressed] = await Promise.all([
    db
      .select({
        version: letterVersions.version,
        createdAt: letterVersions.createdAt,
        createdByEmail: users.email,
      })
      .from(letterVersions)
      .leftJoin(users, eq(users.id, letterVersions.createdBy))
      .where(eq(letterVersions.letterId, id))
      .orderBy(desc(letterVersions.version)),
    db
      .select({ version: signatures.letterVersion, count: sql<number>`count(*)::int` })
      .from(signatures)
      .where(and(eq(signatures.letterId, id), inArray(signatures.status, LIVE)))
      .groupBy(signatures.letterVersion),
    db
      .select({ status: signatures.status, count: sql<number>`count(*)::int` })
      .from(signatures)
      .where(eq(signatures.letterId, id))
      .groupBy(signatures.status),
    letter.status === "draft"
      ? Promise.resolve([] as LetterSummary[])
      : loadLetterSummaries(db, { filter: { letterIds: [id], unpublished: true }, now }),
    db
      .select({ ...targetChoice, addressee: letterTargets.addressee })
      .from(letterTargets)
      .innerJoin(targets, eq(targets.id, letterTargets.targetId))
      .where(eq(letterTargets.letterId, id))
      .orderBy(asc(letterTargets.sort), asc(targets.name)),
    db
      .select(targetChoice)
      .from(campaignTargets)
      .innerJoin(targets, eq(targets.id, campaignTargets.targetId))
      .where(eq(campaignTargets.campaignId, campaign.id))
      .orderBy(asc(targets.name)),
  ]);
  const liveByVersion = new Map(perVersion.map((v) => [v.version, v.count]));
  const signatureCounts: SignatureCounts = { pending: 0, confirmed: 0, rejected: 0, withdrawn: 0 };
  for (const s of byStatus) signatureCounts[s.status] = s.count;
  const local = (d: Date | null) => (d ? instantToZonedLocal(d, target.timeZone) : "");

  return {
    id: letter.id,
    slug: letter.slug,
    title: letter.title,
    addressee: letter.addressee,
    bodyMarkdown: letter.bodyMarkdown,
    version: letter.version,
    status: letter.status,
    whoCanSign: letter.whoCanSign,
    requiresApproval: letter.requiresApproval,
    signingOpensLocal: local(letter.signingOpensAt),
    signingClosesLocal: local(letter.signingClosesAt),
    openedOn: letter.openedOn,
    sentOn: letter.sentOn,
    sentPrecision: letter.sentPrecision,
    sentEnd: letter.sentEnd,
    deadlineRule: letter.deadlineRule,
    deadlineDate: letter.deadlineDate,
    deadlineDays: letter.deadlineDays,
    retentionMonths: letter.retentionMonths,
    closedAt: letter.closedAt?.toISOString() ?? null,
    personalDataErasedAt: letter.personalDataErasedAt?.toISOString() ?? null,
    sourceUrl: letter.sourceUrl,
    isSample: letter.isSample,
    updatedAt: letter.updatedAt.toISOString(),
    campaign: {
      id: campaign.id,
      slug: campaign.slug,
      title: campaign.title,
      isPublic: campaign.visibility === "public" && campaign.status !== "draft",
      targets: [target, ...pressed.filter((p) => p.id !== target.id)],
    },
    target: { name: target.name, timeZone: target.timeZone },
    // A letter saved before letters had several targets is addressed to the main one.
    targets: addressed.length > 0 ? addressed : [{ ...target, addressee: letter.addressee }],
    versions: versionRows.map((v) => ({
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      createdByEmail: v.createdByEmail,
      liveSignatures: liveByVersion.get(v.version) ?? 0,
    })),
    signatureCounts,
    liveOnCurrentVersion: liveByVersion.get(letter.version) ?? 0,
    summary: summary ?? null,
  };
}

// ── For the lifecycle actions (inside their transaction) ────────────────────

export type LockedLetter = typeof letters.$inferSelect & {
  campaignSlug: string;
  targetTimeZone: string;
};

/**
 * The letter, locked until the transaction ends, so a signature arriving meanwhile waits
 * and then sees the new status (the signing code checks status inside its transaction).
 */
export async function lockLetter(tx: Executor, { id }: { id: string }): Promise<LockedLetter | null> {
  const [row] = await fromLettersWithMainTarget(
    tx.select({ letter: letters, campaignSlug: campaigns.slug, targetTimeZone: targets.timeZone }),
  )
    .where(eq(letters.id, id))
    .for("update", { of: letters });
  return row ? { ...row.letter, campaignSlug: row.campaignSlug, targetTimeZone: row.targetTimeZone } : null;
}

/** Pending and confirmed signatures on a letter, optionally on one text version. */
export async function countLiveSignatures(
  tx: Executor,
  { letterId, version }: { letterId: string; version?: number },
): Promise<number> {
  const conditions: SQL[] = [eq(signatures.letterId, letterId), inArray(signatures.status, LIVE)];
  if (version !== undefined) conditions.push(eq(signatures.letterVersion, version));
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(signatures)
    .where(and(...conditions));
  return row?.count ?? 0;
}

/** Organisations whose public pages list this letter among their signatures. */
export async function signingOrganisationSlugs(tx: Executor, { letterId }: { letterId: string }) {
  const rows = await tx
    .selectDistinct({ slug: organisations.slug })
    .from(signatures)
    .innerJoin(organisations, eq(organisations.id, signatures.organisationId))
    .where(and(eq(signatures.letterId, letterId), eq(signatures.status, "confirmed")));
  return rows.map((r) => r.slug);
}

export async function getCampaignForLetter(tx: Executor, { id }: { id: string }) {
  const [row] = await fromCampaignsWithMainTarget(
    tx.select({
      id: campaigns.id,
      slug: campaigns.slug,
      timeZone: targets.timeZone,
      targetId: campaigns.targetId,
    }),
  ).where(eq(campaigns.id, id));
  return row ?? null;
}

export async function letterSlugTaken(
  tx: Executor,
  { campaignId, slug, exceptId }: { campaignId: string; slug: string; exceptId?: string },
): Promise<boolean> {
  const conditions: SQL[] = [eq(letters.campaignId, campaignId), eq(letters.slug, slug)];
  if (exceptId) conditions.push(sql`${letters.id} <> ${exceptId}`);
  const [row] = await tx
    .select({ id: letters.id })
    .from(letters)
    .where(and(...conditions))
    .limit(1);
  return row !== undefined;
}

export type NewLetterValues = typeof letters.$inferInsert;

/** Inserts a draft letter and its first text version. */
export async function insertLetter(
  tx: Executor,
  { values, createdBy }: { values: NewLetterValues; createdBy: string | null },
): Promise<typeof letters.$inferSelect> {
  const [letter] = await tx
    .insert(letters)
    .values({ ...values, status: "draft", version: 1 })
    .returning();
  await tx
    .insert(letterVersions)
    .values({ letterId: letter!.id, version: 1, bodyMarkdown: letter!.bodyMarkdown, createdBy });
  return letter!;
}

/** Updates a letter's fields; returns the row as it now is. */
export async function updateLetterRow(
  tx: Executor,
  { id, values }: { id: string; values: Partial<NewLetterValues> },
): Promise<typeof letters.$inferSelect> {
  const [letter] = await tx
    .update(letters)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(letters.id, id))
    .returning();
  return letter!;
}

/** Records the text of a version: a new row, or the current one corrected in place. */
export async function saveLetterVersion(
  tx: Executor,
  {
    letterId,
    version,
    bodyMarkdown,
    createdBy,
  }: { letterId: string; version: number; bodyMarkdown: string; createdBy: string | null },
): Promise<void> {
  await tx
    .insert(letterVersions)
    .values({ letterId, version, bodyMarkdown, createdBy })
    .onConflictDoUpdate({
      target: [letterVersions.letterId, letterVersions.version],
      set: { bodyMarkdown },
    });
}

// ── A letter's targets (inside the letter actions' transaction) ─────────────

/** The letter's addressee lines, in its order; a letter with none listed is its campaign's main target's. */
export async function listLetterTargetLines(
  tx: Executor,
  { letterId }: { letterId: string },
): Promise<LetterTargetLine[]> {
  const rows = await tx
    .select({ targetId: letterTargets.targetId, addressee: letterTargets.addressee })
    .from(letterTargets)
    .innerJoin(targets, eq(targets.id, letterTargets.targetId))
    .where(eq(letterTargets.letterId, letterId))
    .orderBy(asc(letterTargets.sort), asc(targets.name));
  if (rows.length > 0) return rows;
  const [fallback] = await tx
    .select({ targetId: campaigns.targetId, addressee: letters.addressee })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(eq(letters.id, letterId));
  return fallback ? [fallback] : [];
}

/** Replaces the letter's addressee lines with `lines`, in their order. */
export async function replaceLetterTargets(
  tx: Executor,
  { letterId, lines }: { letterId: string; lines: readonly LetterTargetLine[] },
): Promise<void> {
  await tx.delete(letterTargets).where(eq(letterTargets.letterId, letterId));
  if (lines.length === 0) return;
  await tx
    .insert(letterTargets)
    .values(
      lines.map((line, sort) => ({ letterId, targetId: line.targetId, addressee: line.addressee, sort })),
    );
}

/** Which of these ids are targets that exist. */
export async function existingTargetIds(
  tx: Executor,
  { ids }: { ids: readonly string[] },
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: targets.id })
    .from(targets)
    .where(inArray(targets.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}

/** A session and the body it belongs to, for "every member of the body at this session". */
export async function getSessionBody(
  tx: Executor,
  { sessionId }: { sessionId: string },
): Promise<{ id: string; bodyId: string; label: string } | null> {
  const [row] = await tx
    .select({ id: unSessions.id, bodyId: unSessions.bodyId, label: unSessions.label })
    .from(unSessions)
    .where(eq(unSessions.id, sessionId));
  return row ?? null;
}

/**
 * The government target of each of these states, where there is one: the oldest
 * government target linked to it (a state may, rarely, have two).
 */
export async function governmentTargetsOf(
  tx: Executor,
  { iso3s }: { iso3s: readonly string[] },
): Promise<Map<string, string>> {
  if (iso3s.length === 0) return new Map();
  const rows = await tx
    .select({ id: targets.id, stateIso3: targets.stateIso3 })
    .from(targets)
    .where(and(inArray(targets.stateIso3, [...iso3s]), eq(targets.kind, "government")))
    .orderBy(asc(targets.createdAt), asc(targets.id));
  const out = new Map<string, string>();
  for (const row of rows) if (row.stateIso3 && !out.has(row.stateIso3)) out.set(row.stateIso3, row.id);
  return out;
}

export type NewGovernmentTarget = { iso3: string; iso2: string; name: string };

/**
 * Creates a government target for each state ("Government of Japan"), linked to it, its
 * time zone left at UTC for staff to set; slugs made from the names, numbered when taken.
 */
export async function insertGovernmentTargets(
  tx: Executor,
  { states }: { states: readonly NewGovernmentTarget[] },
): Promise<Array<typeof targets.$inferSelect>> {
  if (states.length === 0) return [];
  const wanted = states.map((s) => slugify(s.name).slice(0, SLUG_MAX - 4));
  const taken = new Set(
    (
      await tx
        .select({ slug: targets.slug })
        .from(targets)
        // Slugs are [a-z0-9-]: nothing in them means anything to a regular expression.
        .where(sql`${targets.slug} ~ ${`^(${wanted.join("|")})(-[0-9]+)?$`}`)
    ).map((r) => r.slug),
  );
  const values = states.map((state, i) => {
    let slug = wanted[i]!;
    for (let n = 2; taken.has(slug); n++) slug = `${wanted[i]}-${n}`;
    taken.add(slug);
    return {
      slug,
      name: state.name,
      kind: "government" as const,
      country: state.iso2,
      stateIso3: state.iso3,
      timeZone: "UTC",
    };
  });
  return tx.insert(targets).values(values).returning();
}

/** A letter's target by name, for choosing which one answered. */
export type LetterTargetName = { id: string; name: string };

/** The letters with the targets each is addressed to, in one query (the main target for a letter with none listed). */
export async function withLetterTargets<L extends { id: string }>(
  db: Executor,
  { letters: rows, mainTargetId }: { letters: readonly L[]; mainTargetId: string },
): Promise<Array<L & { targets: LetterTargetName[] }>> {
  if (rows.length === 0) return [];
  const [addressed, [main]] = await Promise.all([
    db
      .select({ letterId: letterTargets.letterId, id: targets.id, name: targets.name })
      .from(letterTargets)
      .innerJoin(targets, eq(targets.id, letterTargets.targetId))
      .where(
        inArray(
          letterTargets.letterId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(letterTargets.sort), asc(targets.name)),
    db.select({ id: targets.id, name: targets.name }).from(targets).where(eq(targets.id, mainTargetId)),
  ]);
  return rows.map((row) => {
    const own = addressed.filter((a) => a.letterId === row.id).map(({ id, name }) => ({ id, name }));
    return { ...row, targets: own.length > 0 ? own : main ? [main] : [] };
  });
}
