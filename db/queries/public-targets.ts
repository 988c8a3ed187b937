import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { type Executor, getDb } from "@/db";
import { type LetterSummary, loadLetterSummaries } from "@/db/queries/letter-summaries";
import { campaigns, targets } from "@/db/schema";
import { cacheTags, publicCacheOptions } from "@/lib/domain/cache-tags";
import type { TargetKind } from "@/lib/domain/campaigns";
import type { PreciseDate } from "@/lib/domain/dates";
import type { LetterClock } from "@/lib/domain/deadlines";
import { median } from "@/lib/domain/stats";
import { publicCampaign } from "./public-visibility";

/*
 * Cross-campaign views of the targets: every sent letter still waiting for an answer,
 * and per-target counts. States come from the letter summaries (lib/deadlines.ts) and are
 * only counted here, never decided. Results are plain JSON: they are cached.
 */

export type WaitingClock = Extract<LetterClock, { state: "awaiting" | "overdue" }>;

export type AwaitingLetter = {
  letterSlug: string;
  letterTitle: string;
  addressee: string;
  campaignSlug: string;
  campaignTitle: string;
  sent: PreciseDate;
  deadline: string | null;
  clock: WaitingClock;
  tallySentence: string;
  isSample: boolean;
};

export type AwaitingTargetGroup = {
  target: { slug: string; name: string; timeZone: string };
  overdue: number;
  letters: AwaitingLetter[];
};

export type AwaitingResponse = {
  /** Letters past their deadline, across all targets. */
  overdue: number;
  /** All letters waiting for a response, overdue or not. */
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

/** Every public sent letter without a response, grouped by target, most overdue first. */
export async function loadAwaitingResponse(
  db: Executor,
  { now = new Date() }: { now?: Date } = {},
): Promise<AwaitingResponse> {
  const summaries = await loadLetterSummaries(db, { filter: { onlySent: true }, now });
  const waiting = summaries.filter(
    (l): l is LetterSummary & { clock: WaitingClock; sent: PreciseDate } =>
      isWaiting(l.clock) && l.sent !== null,
  );
  waiting.sort((a, b) => byUrgency(a.clock, b.clock) || a.title.localeCompare(b.title, "en"));

  // Letters arrive most urgent first, so each group's order and the groups' order follow it.
  const groups = new Map<string, AwaitingTargetGroup>();
  for (const letter of waiting) {
    const group = groups.get(letter.target.id) ?? {
      target: { slug: letter.target.slug, name: letter.target.name, timeZone: letter.target.timeZone },
      overdue: 0,
      letters: [],
    };
    if (letter.clock.state === "overdue") group.overdue += 1;
    group.letters.push({
      letterSlug: letter.slug,
      letterTitle: letter.title,
      addressee: letter.addressee,
      campaignSlug: letter.campaignSlug,
      campaignTitle: letter.campaignTitle,
      sent: letter.sent,
      deadline: letter.deadline,
      clock: letter.clock,
      tallySentence: letter.tally.sentence,
      isSample: letter.isSample,
    });
    groups.set(letter.target.id, group);
  }

  return {
    overdue: waiting.filter((l) => l.clock.state === "overdue").length,
    total: waiting.length,
    groups: [...groups.values()],
  };
}

export type TargetStats = {
  slug: string;
  name: string;
  kind: TargetKind;
  country: string | null;
  /** The state a government target is linked to: its page is the target's record at the UN. */
  stateIso3: string | null;
  /** Public campaigns pressing this target. */
  campaigns: number;
  lettersSent: number;
  answered: number;
  /** Sent, not answered, deadline not passed (or no deadline). */
  awaiting: number;
  /** Sent, not answered, deadline passed. */
  overdue: number;
  /** Median calendar days from sending to the first response, over answered letters; null when none. */
  medianDaysToAnswer: number | null;
};

/** Per-target counts and medians over public letters, in alphabetical order: a record, not a ranking. */
export async function loadTargetStats(
  db: Executor,
  { now = new Date() }: { now?: Date } = {},
): Promise<TargetStats[]> {
  // Only targets of public, published campaigns: a target pressed only in a draft or
  // private campaign must not show up here.
  const [targetRows, summaries] = await Promise.all([
    db
      .select({
        id: targets.id,
        slug: targets.slug,
        name: targets.name,
        kind: targets.kind,
        country: targets.country,
        stateIso3: targets.stateIso3,
        campaigns: sql<number>`count(${campaigns.id})::int`,
      })
      .from(targets)
      .innerJoin(campaigns, eq(campaigns.targetId, targets.id))
      .where(publicCampaign)
      .groupBy(targets.id)
      .orderBy(asc(targets.name)),
    loadLetterSummaries(db, { filter: { onlySent: true }, now }),
  ]);

  const clocksByTarget = new Map<string, LetterClock[]>();
  for (const letter of summaries) {
    clocksByTarget.set(letter.target.id, [...(clocksByTarget.get(letter.target.id) ?? []), letter.clock]);
  }

  return targetRows
    .map((target) => {
      const clocks = clocksByTarget.get(target.id) ?? [];
      const daysToAnswer = clocks.flatMap((c) => (c.state === "answered" ? [c.daysToAnswer] : []));
      return {
        slug: target.slug,
        name: target.name,
        kind: target.kind,
        country: target.country,
        stateIso3: target.stateIso3,
        campaigns: target.campaigns,
        lettersSent: clocks.length,
        answered: daysToAnswer.length,
        awaiting: clocks.filter((c) => c.state === "awaiting").length,
        overdue: clocks.filter((c) => c.state === "overdue").length,
        medianDaysToAnswer: median(daysToAnswer),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

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
