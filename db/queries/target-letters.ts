import { and, eq, exists, inArray, notExists, or, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { loadLetterSummaries } from "@/db/queries/letter-summaries";
import { publicLetter } from "@/db/queries/public-visibility";
import { campaigns, letters, letterTargets } from "@/db/schema";
import type { PreciseDate } from "@/lib/domain/dates";
import type { LetterClock } from "@/lib/domain/deadlines";
import type { Tally } from "@/lib/domain/tally";

/*
 * The public letters addressed to some targets, one entry per letter and target: a
 * target's page lists its own, a state's page those to its governments.
 */

export type TargetLetter = {
  letterSlug: string;
  letterTitle: string;
  campaignSlug: string;
  campaignTitle: string;
  target: { slug: string; name: string };
  /** This target's addressee line. */
  addressee: string;
  sent: PreciseDate | null;
  deadline: string | null;
  /** This target's clock: its time zone, its holidays, its responses. */
  clock: LetterClock;
  /** The tally in English, as the public API gives it; pages word `tally` in their language. */
  tallySentence: string;
  tally: Tally;
  isSample: boolean;
};

/**
 * The public letters addressed to these targets, one entry per letter and target, each
 * on that target's own clock. Which letters they are is asked here; everything else (the
 * letter's fields, its tally, each target's addressee line, deadline and clock) is the
 * letter summaries' per-target entries, so a clock is computed in one place only.
 */
export async function loadLettersToTargets(
  db: Executor,
  { targetIds, now }: { targetIds: readonly string[]; now: Date },
): Promise<TargetLetter[]> {
  // Addressed by letter_targets, or, with none there, to the campaign's main target.
  const toTheseTargets = db
    .select({ one: sql`1` })
    .from(letterTargets)
    .where(and(eq(letterTargets.letterId, letters.id), inArray(letterTargets.targetId, [...targetIds])));
  const anyTargetRows = db
    .select({ one: sql`1` })
    .from(letterTargets)
    .where(eq(letterTargets.letterId, letters.id));
  const letterRows = await db
    .select({ id: letters.id })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(
      and(
        publicLetter,
        or(
          exists(toTheseTargets),
          and(notExists(anyTargetRows), inArray(campaigns.targetId, [...targetIds])),
        ),
      ),
    );
  if (letterRows.length === 0) return [];

  const summaries = await loadLetterSummaries(db, {
    filter: { letterIds: letterRows.map((r) => r.id) },
    now,
  });
  const stateTargets = new Set(targetIds);
  return summaries
    .flatMap((letter) =>
      // A summary lists its targets in the letter's order: the index keeps that order here.
      letter.targets.flatMap((target, sort) =>
        stateTargets.has(target.targetId)
          ? [
              {
                sort,
                letterSlug: letter.slug,
                letterTitle: letter.title,
                campaignSlug: letter.campaignSlug,
                campaignTitle: letter.campaignTitle,
                target: { slug: target.slug, name: target.name },
                addressee: target.addressee,
                sent: letter.sent,
                deadline: target.deadline,
                clock: target.clock,
                tallySentence: letter.tally.sentence,
                tally: letter.tally,
                isSample: letter.isSample,
              },
            ]
          : [],
      ),
    )
    .sort(
      (a, b) =>
        (a.sent?.date ?? "9999").localeCompare(b.sent?.date ?? "9999") ||
        a.letterTitle.localeCompare(b.letterTitle, "en") ||
        a.sort - b.sort ||
        a.target.name.localeCompare(b.target.name, "en"),
    )
    .map(({ sort: _, ...letter }) => letter);
}
