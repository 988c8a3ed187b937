import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { auditEntryColumns } from "@/db/queries/audit-log";
import {
  fromAuditWithActor,
  fromCampaignsWithMainTarget,
  fromSignaturesWithLetters,
} from "@/db/queries/joins";
import {
  type LetterSummary,
  type LetterTargetSummary,
  loadLetterSummaries,
} from "@/db/queries/letter-summaries";
import { type ErasureDueLetter, listLettersDueForErasure } from "@/db/queries/personal-data";
import { awaitingApproval } from "@/db/queries/signature-filters";
import { asks, auditLog, campaigns, letters, targets } from "@/db/schema";
import { askStatus } from "@/lib/domain/ask-status";
import { isPastPrecise, type PreciseDate, preciseDate, precisePeriodStart } from "@/lib/domain/dates";
import { addDays, daysBetween, todayIn } from "@/lib/domain/deadlines";
import { RETENTION_NOTICE_DAYS, siteRetentionMonths } from "@/lib/domain/personal-data";
import type { Tally } from "@/lib/domain/tally";

/*
 * What the staff dashboard opens with, and what `npm run reminders` mails about. No
 * "server-only" import here, unlike other query modules: the reminders script runs in
 * plain Node and must read the same overdue letters and decision points as the page.
 * Overdue and due-soon come from loadLetterSummaries, the one place a clock is decided.
 */

/** One letter and one of its targets: a letter to three states is three rows while none answers. */
type LetterRef = {
  id: string;
  slug: string;
  title: string;
  campaignSlug: string;
  campaignTitle: string;
  targetId: string;
  targetName: string;
  /** This target's addressee line. */
  addressee: string;
  /** How many targets the letter is addressed to. */
  targetCount: number;
};

export type OverdueLetter = LetterRef & {
  sent: PreciseDate;
  deadline: string;
  daysOverdue: number;
  daysWithoutResponse: number;
  /** The days without response count from a sending known only to the month or year. */
  approximate: boolean;
};

export type DueSoonLetter = LetterRef & { sent: PreciseDate; deadline: string; daysLeft: number };

export type DecisionPoint = {
  id: string;
  title: string;
  venue: string | null;
  campaignId: string;
  campaignSlug: string;
  campaignTitle: string;
  decision: PreciseDate;
  /** Days from today to the first day of the decision's period; 0 once that period has begun. */
  daysUntil: number;
};

/** An ask whose decision point has passed with no outcome recorded: staff owe the record one. */
export type AskNeedingOutcome = Omit<DecisionPoint, "daysUntil">;

/** A letter open for signing: how many have signed, and when signing closes. */
export type CollectingLetter = {
  id: string;
  title: string;
  campaignTitle: string;
  /** Confirmed signatures: organisations and individuals. */
  signed: number;
  tally: Tally;
  /** When signing closes (ISO instant), or null when no closing time is set. */
  closesAt: string | null;
  /** The campaign's main target's zone: signing times are entered and read in it. */
  timeZone: string;
};

export type PendingSignatureLetter = {
  letterId: string;
  letterTitle: string;
  campaignTitle: string;
  count: number;
};

export type ActivityItem = {
  id: number;
  at: string;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The letter's title when the entry is about a letter. */
  entityLabel: string | null;
};

export type Dashboard = {
  overdue: OverdueLetter[];
  dueSoon: DueSoonLetter[];
  decisionPoints: DecisionPoint[];
  needsOutcome: AskNeedingOutcome[];
  collecting: CollectingLetter[];
  pendingSignatures: { total: number; letters: PendingSignatureLetter[] };
  activity: ActivityItem[];
  /** Closed letters whose signers' personal data is erased within RETENTION_NOTICE_DAYS (or is overdue). */
  erasures: ErasureDueLetter[];
};

/** How far ahead the dashboard looks, in days. */
export const DUE_SOON_DAYS = 14;
export const DECISION_POINT_DAYS = 60;
export const ACTIVITY_LIMIT = 20;

function letterRef(s: LetterSummary, target: LetterTargetSummary): LetterRef {
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    campaignSlug: s.campaignSlug,
    campaignTitle: s.campaignTitle,
    targetId: target.targetId,
    targetName: target.name,
    addressee: target.addressee,
    targetCount: s.targets.length,
  };
}

/*
 * Only letters still "sent": closing a letter is how staff say they are done with it.
 * Its non-response stays on the public record; it just stops being a to-do. Each target
 * is counted on its own clock.
 */

/** Sent letters' targets past their deadline with no response, most overdue first. */
export function overdueFrom(summaries: readonly LetterSummary[]): OverdueLetter[] {
  const out: OverdueLetter[] = [];
  for (const s of summaries) {
    if (s.status !== "sent" || !s.sent) continue;
    for (const target of s.targets) {
      if (target.clock.state !== "overdue") continue;
      const { deadline, daysOverdue, daysWithoutResponse, approximate } = target.clock;
      out.push({
        ...letterRef(s, target),
        sent: s.sent,
        deadline,
        daysOverdue,
        daysWithoutResponse,
        approximate,
      });
    }
  }
  return out.sort(
    (a, b) =>
      b.daysOverdue - a.daysOverdue ||
      a.title.localeCompare(b.title) ||
      a.targetName.localeCompare(b.targetName),
  );
}

/** Sent letters' targets whose deadline falls within `days` days (today included), soonest first. */
export function dueSoonFrom(summaries: readonly LetterSummary[], days: number): DueSoonLetter[] {
  const out: DueSoonLetter[] = [];
  for (const s of summaries) {
    if (s.status !== "sent" || !s.sent) continue;
    for (const target of s.targets) {
      const { clock } = target;
      if (clock.state !== "awaiting" || clock.deadline === null || clock.daysLeft === null) continue;
      if (clock.daysLeft > days) continue;
      out.push({ ...letterRef(s, target), sent: s.sent, deadline: clock.deadline, daysLeft: clock.daysLeft });
    }
  }
  return out.sort(
    (a, b) =>
      a.daysLeft - b.daysLeft || a.title.localeCompare(b.title) || a.targetName.localeCompare(b.targetName),
  );
}

/**
 * Letters open for signing, with their confirmed signatures (as the public tally counts
 * them) and closing time, the soonest to close first, those with no closing time last.
 * Private and draft campaigns are included: this is for staff.
 */
export function collectingFrom(summaries: readonly LetterSummary[]): CollectingLetter[] {
  return summaries
    .filter((s) => s.status === "collecting")
    .map((s) => ({
      id: s.id,
      title: s.title,
      campaignTitle: s.campaignTitle,
      signed: s.tally.organisations + s.tally.individuals,
      tally: s.tally,
      closesAt: s.signingClosesAt,
      timeZone: s.target.timeZone,
    }))
    .sort((a, b) => {
      const closes = (l: CollectingLetter) =>
        l.closesAt ? Date.parse(l.closesAt) : Number.POSITIVE_INFINITY;
      return closes(a) - closes(b) || a.title.localeCompare(b.title);
    });
}

export async function loadCollectingLetters(db: Executor, { now = new Date() }: { now?: Date } = {}) {
  return collectingFrom(
    await loadLetterSummaries(db, { filter: { onlyCollecting: true, unpublished: true }, now }),
  );
}

export async function loadOverdueLetters(db: Executor, { now = new Date() }: { now?: Date }) {
  return overdueFrom(await loadLetterSummaries(db, { filter: { onlySent: true }, now }));
}

/**
 * Live asks still "pending" with a decision date, each with its campaign and the time zone
 * of the campaign's main target (whose calendar decides when the date has passed).
 * Private and draft campaigns are included: this is for staff.
 */
function pendingDatedAsks(db: Executor, window: SQL | undefined) {
  return fromCampaignsWithMainTarget(
    db.select({
      id: asks.id,
      title: asks.title,
      venue: asks.venue,
      decisionOn: asks.decisionOn,
      precision: asks.decisionPrecision,
      decisionEnd: asks.decisionEnd,
      campaignId: campaigns.id,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      timeZone: targets.timeZone,
    }),
  )
    .innerJoin(asks, eq(asks.campaignId, campaigns.id))
    .where(and(eq(asks.outcome, "pending"), isNull(asks.retractedAt), isNotNull(asks.decisionOn), window))
    .orderBy(asc(asks.decisionOn), asc(asks.title));
}

/**
 * Pending asks whose decision falls within `days` days and is not yet past, soonest
 * first. "March 2026" counts from 1 March and stays upcoming until the month is over.
 * Private and draft campaigns are included: this is for staff.
 */
export async function loadUpcomingDecisionPoints(
  db: Executor,
  { now = new Date(), days = DECISION_POINT_DAYS }: { now?: Date; days?: number },
): Promise<DecisionPoint[]> {
  const utcToday = todayIn("UTC", now);
  const rows = await pendingDatedAsks(
    db,
    // A year-precision date is stored as 1 January, so look back a year; the precise
    // check below decides. A day either side covers every time zone.
    and(gte(asks.decisionOn, addDays(utcToday, -367)), lte(asks.decisionOn, addDays(utcToday, days + 1))),
  );

  const out: DecisionPoint[] = [];
  for (const row of rows) {
    const decision: PreciseDate = preciseDate(row.decisionOn!, row.precision, row.decisionEnd);
    const today = todayIn(row.timeZone, now);
    if (isPastPrecise(decision, today)) continue;
    const daysUntil = Math.max(0, daysBetween(today, precisePeriodStart(decision)));
    if (daysUntil > days) continue;
    out.push({
      id: row.id,
      title: row.title,
      venue: row.venue,
      campaignId: row.campaignId,
      campaignSlug: row.campaignSlug,
      campaignTitle: row.campaignTitle,
      decision,
      daysUntil,
    });
  }
  return out.sort((a, b) => a.daysUntil - b.daysUntil || a.title.localeCompare(b.title));
}

/**
 * Live asks whose decision point has passed (in their campaign target's time zone) with the
 * outcome still "pending", longest waiting first. An ask decided at a session carries the
 * session's last day as its date. Asks linked to a resolution text are left out: their
 * outcome follows the positions recorded and is never typed.
 */
export async function loadAsksNeedingOutcome(
  db: Executor,
  { now = new Date() }: { now?: Date },
): Promise<AskNeedingOutcome[]> {
  const rows = await pendingDatedAsks(
    db,
    and(
      or(isNull(asks.resolutionTextId), isNull(asks.wantedPosition)),
      // A period starts on or before its end; a day ahead covers every time zone.
      lte(asks.decisionOn, addDays(todayIn("UTC", now), 1)),
    ),
  );

  return rows.flatMap((row) => {
    const decision: PreciseDate = preciseDate(row.decisionOn!, row.precision, row.decisionEnd);
    if (askStatus({ outcome: "pending", decision }, todayIn(row.timeZone, now)) !== "awaiting_outcome") {
      return [];
    }
    const { id, title, venue, campaignId, campaignSlug, campaignTitle } = row;
    return [{ id, title, venue, campaignId, campaignSlug, campaignTitle, decision }];
  });
}

/** Signatures waiting for a staff decision (as in the approval queue), per letter, most first. */
export async function loadPendingSignatures(
  db: Executor,
): Promise<{ total: number; letters: PendingSignatureLetter[] }> {
  const rows = await fromSignaturesWithLetters(
    db.select({
      letterId: letters.id,
      letterTitle: letters.title,
      campaignTitle: campaigns.title,
      count: sql<number>`count(*)::int`,
    }),
  )
    .where(awaitingApproval)
    .groupBy(letters.id, letters.title, campaigns.title)
    .orderBy(desc(sql`count(*)`), asc(letters.title));
  return { total: rows.reduce((sum, r) => sum + r.count, 0), letters: rows };
}

/** The latest audit entries: who did what to which record, and when. */
export async function loadRecentActivity(
  db: Executor,
  { limit = ACTIVITY_LIMIT }: { limit?: number } = {},
): Promise<ActivityItem[]> {
  const rows = await fromAuditWithActor(db.select(auditEntryColumns))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  const letterIds = [
    ...new Set(
      rows.flatMap((r) =>
        r.entityType === "letter" && r.entityId && /^[0-9a-f-]{36}$/i.test(r.entityId) ? [r.entityId] : [],
      ),
    ),
  ];
  const titles = new Map(
    letterIds.length === 0
      ? []
      : (
          await db
            .select({ id: letters.id, title: letters.title })
            .from(letters)
            .where(inArray(letters.id, letterIds))
        ).map((l) => [l.id, l.title]),
  );
  return rows.map((r) => ({
    ...r,
    at: r.at.toISOString(),
    entityLabel: r.entityType === "letter" && r.entityId ? (titles.get(r.entityId) ?? null) : null,
  }));
}

/** Everything the dashboard shows, as of `now`. */
export async function loadDashboard(
  db: Executor,
  { now = new Date(), siteMonths = siteRetentionMonths() }: { now?: Date; siteMonths?: number } = {},
): Promise<Dashboard> {
  const [summaries, collecting, decisionPoints, needsOutcome, pendingSignatures, activity, erasures] =
    await Promise.all([
      loadLetterSummaries(db, { filter: { onlySent: true }, now }),
      loadCollectingLetters(db, { now }),
      loadUpcomingDecisionPoints(db, { now }),
      loadAsksNeedingOutcome(db, { now }),
      loadPendingSignatures(db),
      loadRecentActivity(db),
      listLettersDueForErasure(db, {
        until: new Date(now.getTime() + RETENTION_NOTICE_DAYS * 24 * 3600 * 1000),
        siteMonths,
      }),
    ]);
  return {
    overdue: overdueFrom(summaries),
    dueSoon: dueSoonFrom(summaries, DUE_SOON_DAYS),
    decisionPoints,
    needsOutcome,
    collecting,
    pendingSignatures,
    activity,
    erasures,
  };
}
