import { and, asc, eq, exists, or, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { type Executor, getDb } from "@/db";
import { fromResolutionTexts } from "@/db/queries/joins";
import { publicCampaign } from "@/db/queries/public-visibility";
import { qualified } from "@/db/queries/qualified";
import { loadLettersToTargets, type TargetLetter } from "@/db/queries/target-letters";
import {
  campaigns,
  campaignTargets,
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

/** A letter to one of the state's targets, on that target's clock. */
export type StateLetter = TargetLetter;

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
      : await loadLettersToTargets(db, { targetIds: targetRows.map((t) => t.id), now });

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
