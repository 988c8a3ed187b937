import "server-only";
import { and, asc, eq, exists, or, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { type Executor, getDb } from "@/db";
import {
  type LetterSummary,
  type LetterTargetSummary,
  loadLetterSummaries,
} from "@/db/queries/letter-summaries";
import { campaigns, campaignTargets, targets } from "@/db/schema";
import { cacheTags, publicCacheOptions } from "@/lib/domain/cache-tags";
import type { TargetKind } from "@/lib/domain/campaigns";
import type { PreciseDate } from "@/lib/domain/dates";
import type { LetterClock } from "@/lib/domain/deadlines";
import { type ClockFigures, clockFigures } from "@/lib/domain/letter-targets";
import type { Tally } from "@/lib/domain/tally";
import { targetIdentityColumns } from "./columns";
import { possibleSlugs, publicCampaign, publicTarget } from "./public-visibility";
import { qualified } from "./qualified";
import { loadLettersToTargets, type TargetLetter } from "./target-letters";

/*
 * Cross-campaign views of the targets: every sent letter still waiting for an answer,
 * and per-target counts, a letter to several targets counted once per target. States come from the letter summaries (lib/deadlines.ts) and are
 * only counted here, never decided. Results are plain JSON: they are cached.
 */

export type WaitingClock = Extract<LetterClock, { state: "awaiting" | "overdue" }>;

export type AwaitingLetter = {
  letterSlug: string;
  letterTitle: string;
  /** This target's addressee line. */
  addressee: string;
  campaignSlug: string;
  campaignTitle: string;
  sent: PreciseDate;
  /** This target's deadline, in its own calendar. */
  deadline: string | null;
  /** This target's clock. */
  clock: WaitingClock;
  /** How many targets the letter is addressed to: one entry per target that has not answered. */
  targetCount: number;
  /** The tally in English, as the public API gives it; pages word `tally` in their language. */
  tallySentence: string;
  tally: Tally;
  isSample: boolean;
};

export type AwaitingTargetGroup = {
  target: { slug: string; name: string; timeZone: string };
  overdue: number;
  letters: AwaitingLetter[];
};

export type AwaitingResponse = {
  /** Target-letters past their deadline, across all targets: a letter to 3 states overdue for 2 counts 2. */
  overdue: number;
  /** All target-letters waiting for a response, overdue or not. */
  total: number;
  groups: AwaitingTargetGroup[];
};

function isWaiting(clock: LetterClock): clock is WaitingClock {
  return clock.state === "awaiting" || clock.state === "overdue";
}

/** Most urgent first: overdue by days without response, then awaiting by days left (no deadline last). */
function byUrgency(a: WaitingClock, b: WaitingClock): number {
  if (a.state !== b.state) return a.state === "overdue" ? -1 : 1;
  if (a.state === "overdue" && b.state === "overdue") return b.daysWithoutResponse - a.daysWithoutResponse;
  if (a.state === "awaiting" && b.state === "awaiting") {
    const left = (c: typeof a) => c.daysLeft ?? Number.POSITIVE_INFINITY;
    return left(a) - left(b) || b.daysSinceSent - a.daysSinceSent;
  }
  return 0;
}

type WaitingTargetLetter = {
  letter: LetterSummary & { sent: PreciseDate };
  target: LetterTargetSummary & { clock: WaitingClock };
};

/** Every sent letter's targets that have not answered, each on its own clock. */
function waitingTargetLetters(summaries: readonly LetterSummary[]): WaitingTargetLetter[] {
  const out: WaitingTargetLetter[] = [];
  for (const letter of summaries) {
    if (letter.sent === null) continue;
    for (const target of letter.targets) {
      if (isWaiting(target.clock)) {
        out.push({
          letter: letter as LetterSummary & { sent: PreciseDate },
          target: target as LetterTargetSummary & { clock: WaitingClock },
        });
      }
    }
  }
  return out;
}

/**
 * Every public sent letter's unanswered targets, grouped by target, most overdue first:
 * a letter to three states shows under each state that has not answered, on its clock.
 */
export async function loadAwaitingResponse(
  db: Executor,
  { now = new Date() }: { now?: Date } = {},
): Promise<AwaitingResponse> {
  const summaries = await loadLetterSummaries(db, { filter: { onlySent: true }, now });
  const waiting = waitingTargetLetters(summaries);
  waiting.sort(
    (a, b) => byUrgency(a.target.clock, b.target.clock) || a.letter.title.localeCompare(b.letter.title, "en"),
  );

  // Letters arrive most urgent first, so each group's order and the groups' order follow it.
  const groups = new Map<string, AwaitingTargetGroup>();
  for (const { letter, target } of waiting) {
    const group = groups.get(target.targetId) ?? {
      target: { slug: target.slug, name: target.name, timeZone: target.timeZone },
      overdue: 0,
      letters: [],
    };
    if (target.clock.state === "overdue") group.overdue += 1;
    group.letters.push({
      letterSlug: letter.slug,
      letterTitle: letter.title,
      addressee: target.addressee,
      campaignSlug: letter.campaignSlug,
      campaignTitle: letter.campaignTitle,
      sent: letter.sent,
      deadline: target.deadline,
      clock: target.clock,
      targetCount: letter.targets.length,
      tallySentence: letter.tally.sentence,
      tally: letter.tally,
      isSample: letter.isSample,
    });
    groups.set(target.targetId, group);
  }

  return {
    overdue: waiting.filter((w) => w.target.clock.state === "overdue").length,
    total: waiting.length,
    groups: [...groups.values()],
  };
}

export type TargetStats = ClockFigures & {
  slug: string;
  name: string;
  kind: TargetKind;
  country: string | null;
  /** The state a government target is linked to: its page is the target's record at the UN. */
  stateIso3: string | null;
  /** Public campaigns pressing this target. */
  campaigns: number;
};

/**
 * Per-target counts and medians over public letters, each letter counted once for every
 * target it is addressed to, on that target's clock; in alphabetical order: a record, not
 * a ranking. Listed: every target a public campaign presses or a public letter addresses.
 */
export async function loadTargetStats(
  db: Executor,
  { now = new Date() }: { now?: Date } = {},
): Promise<TargetStats[]> {
  // Only public, published campaigns: a target pressed only in a draft or private
  // campaign must not show up here.
  const pressingCampaigns = db
    .select({ count: sql<number>`count(*)` })
    .from(campaigns)
    .where(
      and(
        publicCampaign,
        or(
          eq(campaigns.targetId, qualified(targets.id)),
          exists(
            db
              .select({ one: sql`1` })
              .from(campaignTargets)
              .where(
                and(
                  eq(campaignTargets.campaignId, campaigns.id),
                  eq(campaignTargets.targetId, qualified(targets.id)),
                ),
              ),
          ),
        ),
      ),
    );
  const [targetRows, summaries] = await Promise.all([
    db
      .select({
        ...targetIdentityColumns,
        stateIso3: targets.stateIso3,
        campaigns: sql<number>`(${pressingCampaigns})::int`,
      })
      .from(targets)
      .orderBy(asc(targets.name)),
    loadLetterSummaries(db, { filter: { onlySent: true }, now }),
  ]);

  const clocksByTarget = new Map<string, LetterClock[]>();
  for (const letter of summaries) {
    for (const target of letter.targets) {
      clocksByTarget.set(target.targetId, [...(clocksByTarget.get(target.targetId) ?? []), target.clock]);
    }
  }

  return targetRows
    .filter((target) => target.campaigns > 0 || clocksByTarget.has(target.id))
    .map((target) => ({
      slug: target.slug,
      name: target.name,
      kind: target.kind,
      country: target.country,
      stateIso3: target.stateIso3,
      campaigns: target.campaigns,
      ...clockFigures(clocksByTarget.get(target.id) ?? []),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

export type TargetRecord = {
  target: {
    slug: string;
    name: string;
    kind: TargetKind;
    country: string | null;
    stateIso3: string | null;
    timeZone: string;
    description: string | null;
  };
  /** The same figures as the target's row on /targets. */
  figures: ClockFigures;
  /** Every public letter addressed to it, oldest sending first, on its clock. */
  letters: TargetLetter[];
};

/**
 * One target's public page: who it is, its figures and the public letters addressed to
 * it. Null for a target visitors may not see (named only by draft or private campaigns).
 */
export async function loadTargetRecord(
  db: Executor,
  { slug, now = new Date() }: { slug: string; now?: Date },
): Promise<TargetRecord | null> {
  if (!possibleSlugs(slug)) return null;
  const [row] = await db
    .select({
      ...targetIdentityColumns,
      stateIso3: targets.stateIso3,
      timeZone: targets.timeZone,
      description: targets.description,
    })
    .from(targets)
    .where(and(eq(targets.slug, slug), publicTarget))
    .limit(1);
  if (!row) return null;
  const letters = await loadLettersToTargets(db, { targetIds: [row.id], now });
  const { id: _, ...target } = row;
  return { target, figures: clockFigures(letters.map((l) => l.clock)), letters };
}

/**
 * One target's page, cached until any letter or target changes (cacheTags.targets, which
 * every such write expires) and rolled over with the days. React's cache() lets the page
 * and its metadata share one lookup per request.
 */
export const getTargetRecord = cache(
  (slug: string): Promise<TargetRecord | null> =>
    unstable_cache(
      () => loadTargetRecord(getDb(), { slug, now: new Date() }),
      ["public-target-record", slug],
      publicCacheOptions(cacheTags.targets),
    )(),
);

/** The cached awaiting-response list, invalidated by cacheTags.awaiting and rolled over with the days. */
export const getAwaitingResponse = unstable_cache(
  () => loadAwaitingResponse(getDb(), { now: new Date() }),
  ["public-awaiting-response"],
  publicCacheOptions(cacheTags.awaiting),
);

/** The cached per-target statistics, invalidated by cacheTags.targets and rolled over with the days. */
export const getTargetStats = unstable_cache(
  () => loadTargetStats(getDb(), { now: new Date() }),
  ["public-target-stats"],
  publicCacheOptions(cacheTags.targets),
);
