import { and, asc, eq, exists, inArray, notExists, or, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { type Executor, getDb } from "@/db";
import { fromResolutionTexts } from "@/db/queries/joins";
import { loadLetterSummaries } from "@/db/queries/letter-summaries";
import { publicCampaign, publicLetter } from "@/db/queries/public-visibility";
import { qualified } from "@/db/queries/qualified";
import {
  campaigns,
  campaignTargets,
  letters,
  letterTargets,
  positions,
  resolutions,
  resolutionTexts,
  type State,
  states,
  targets,
  unBodies,
  unSessions,
} from "@/db/schema";
import { cacheTags, publicCacheOptions } from "@/lib/domain/cache-tags";
import type { PreciseDate } from "@/lib/domain/dates";
import type { LetterClock } from "@/lib/domain/deadlines";
import { type ClockFigures, clockFigures } from "@/lib/domain/letter-targets";
import type { PositionKind, SponsorshipType } from "@/lib/domain/un/positions";
import type { UnState } from "@/lib/domain/un/states";
import { iso3FromSegment } from "@/lib/domain/urls";

/*
 * The states of the UN record: kept in step with lib/domain/un/states.ts, and the public
 * state page (a government target's record grown to its state). Results are plain JSON:
 * the public ones are cached with unstable_cache.
 */

/** A stored state as the domain knows it. */
export function toUnState(row: State): UnState {
  return {
    iso3: row.iso3,
    iso2: row.iso2,
    name: row.name,
    nameKo: row.nameKo,
    status: row.unStatus,
    regionalGroup: row.regionalGroup,
  };
}

/** Every state, by name. */
export async function loadStates(db: Executor): Promise<UnState[]> {
  const rows = await db.select().from(states).orderBy(asc(states.name));
  return rows.map(toUnState);
}

// ── Which targets and letters are a state's ─────────────────────────────────

/**
 * A campaign presses its main target and every target in campaign_targets; a letter is
 * addressed to the targets in letter_targets, or, with none there, to its campaign's main
 * target by letters.addressee. These say so once, for the queries below.
 */
function campaignPresses(db: Executor, targetId: typeof targets.id) {
  return or(
    eq(campaigns.targetId, targetId),
    exists(
      db
        .select({ one: sql`1` })
        .from(campaignTargets)
        .where(and(eq(campaignTargets.campaignId, campaigns.id), eq(campaignTargets.targetId, targetId))),
    ),
  );
}

export type StateListItem = UnState & {
  /** Positions on record (retracted ones not counted). */
  positions: number;
};

/** Every state with how many positions are on record for it, by name. */
export async function loadStateList(db: Executor): Promise<StateListItem[]> {
  const rows = await db
    .select({
      state: states,
      positions: sql<number>`(select count(*) from ${positions}
        where ${positions.stateIso3} = ${qualified(states.iso3)} and ${positions.retractedAt} is null)::int`,
    })
    .from(states)
    .orderBy(asc(states.name));
  return rows.map((r) => ({ ...toUnState(r.state), positions: r.positions }));
}

export type StatePosition = {
  id: string;
  kind: PositionKind;
  sponsorship: SponsorshipType | null;
  occurred: PreciseDate;
  sourceUrl: string | null;
  sourceLabel: string | null;
  note: string | null;
  isSample: boolean;
  retraction: { at: string; reason: string } | null;
  resolution: { slug: string; title: string };
  body: { name: string; shortName: string | null };
  session: { label: string; startsOn: string };
  text: { id: string; title: string; draftSymbol: string | null; adoptedSymbol: string | null };
};

export type StateLetter = {
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
  tallySentence: string;
  isSample: boolean;
};

export type StateRecord = {
  state: UnState;
  /** Oldest session first; retracted records included, marked. */
  positions: StatePosition[];
  /** Targets linked to the state that a public campaign presses. */
  targets: Array<{ slug: string; name: string; kind: "government" | "un_body" | "company" | "other" }>;
  letters: StateLetter[];
  figures: ClockFigures;
};

/** One state's page: its positions across resolutions, its targets, the letters to it and its answers. */
export async function loadStateRecord(
  db: Executor,
  { iso3, now = new Date() }: { iso3: string; now?: Date },
): Promise<StateRecord | null> {
  const [stateRow] = await db.select().from(states).where(eq(states.iso3, iso3)).limit(1);
  if (!stateRow) return null;

  const [positionRows, targetRows] = await Promise.all([
    fromResolutionTexts(
      db.select({
        position: positions,
        resolution: { slug: resolutions.slug, title: resolutions.title },
        body: { name: unBodies.name, shortName: unBodies.shortName },
        session: { label: unSessions.label, startsOn: unSessions.startsOn },
        text: {
          id: resolutionTexts.id,
          title: resolutionTexts.title,
          draftSymbol: resolutionTexts.draftSymbol,
          adoptedSymbol: resolutionTexts.adoptedSymbol,
        },
      }),
    )
      .innerJoin(positions, eq(positions.textId, resolutionTexts.id))
      .innerJoin(unBodies, eq(unBodies.id, resolutions.bodyId))
      .where(eq(positions.stateIso3, iso3))
      .orderBy(
        asc(unSessions.startsOn),
        asc(resolutions.title),
        asc(positions.occurredOn),
        asc(positions.createdAt),
      ),
    // Only targets a visitor may see: pressed by a public, published campaign.
    db
      .select({
        id: targets.id,
        slug: targets.slug,
        name: targets.name,
        kind: targets.kind,
      })
      .from(targets)
      .where(
        and(
          eq(targets.stateIso3, iso3),
          exists(
            db
              .select({ one: sql`1` })
              .from(campaigns)
              .where(and(publicCampaign, campaignPresses(db, targets.id))),
          ),
        ),
      )
      .orderBy(asc(targets.name)),
  ]);

  const letters =
    targetRows.length === 0
      ? []
      : await loadStateLetters(db, { targetIds: targetRows.map((t) => t.id), now });

  return {
    state: toUnState(stateRow),
    positions: positionRows.map(({ position: p, resolution, body, session, text }) => ({
      id: p.id,
      kind: p.kind,
      sponsorship: p.sponsorship,
      occurred: { date: p.occurredOn, precision: p.precision },
      sourceUrl: p.sourceUrl,
      sourceLabel: p.sourceLabel,
      note: p.note,
      isSample: p.isSample,
      retraction: p.retractedAt
        ? { at: p.retractedAt.toISOString(), reason: p.retractionReason ?? "" }
        : null,
      resolution,
      body,
      session,
      text,
    })),
    targets: targetRows.map(({ slug, name, kind }) => ({ slug, name, kind })),
    letters,
    figures: clockFigures(letters.map((l) => l.clock)),
  };
}

/**
 * The public letters addressed to these targets, one entry per letter and target, each
 * on that target's own clock. Which letters they are is asked here; everything else (the
 * letter's fields, its tally, each target's addressee line, deadline and clock) is the
 * letter summaries' per-target entries, so a clock is computed in one place only.
 */
async function loadStateLetters(
  db: Executor,
  { targetIds, now }: { targetIds: readonly string[]; now: Date },
): Promise<StateLetter[]> {
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

// ── Cached for the public pages ──────────────────────────────────────────────

/** Every state, cached until positions change (cacheTags.stateList). */
export const listStates = unstable_cache(
  () => loadStateList(getDb()),
  ["public-state-list"],
  publicCacheOptions(cacheTags.stateList),
);

/**
 * One state's page, cached until its positions change (cacheTags.state) or any letter's
 * state does (cacheTags.targets, which every letter write expires), and rolled over with
 * the days. React's cache() lets the page and its metadata share one lookup per request.
 */
export const getStateRecord = cache(async (param: string): Promise<StateRecord | null> => {
  const iso3 = iso3FromSegment(param);
  if (!iso3) return null;
  return unstable_cache(
    () => loadStateRecord(getDb(), { iso3, now: new Date() }),
    ["public-state-record", iso3],
    publicCacheOptions(cacheTags.state(iso3), cacheTags.targets),
  )();
});
