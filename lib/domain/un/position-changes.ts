/*
 * The news in a resolution line's record: who joined, dropped or returned to its
 * co-sponsors (as resolutionMatrix decides it, so every page says the same) and how states
 * voted. A resolution page leads with these, and a campaign's timeline shows them for the
 * states it presses, so staff never log a position twice.
 */
import type { TimelinePositionInput } from "@/lib/domain/timeline";
import {
  type CurrentPosition,
  currentPositions,
  type MatrixChange,
  type MatrixRow,
  type PositionRecord,
  positionKey,
  resolutionMatrix,
} from "@/lib/domain/un/positions";
import type { UnState } from "@/lib/domain/un/states";

export type SponsorshipChangeKind = Exclude<MatrixChange, null>;

export type SponsorshipChange<R extends PositionRecord> = {
  state: UnState;
  textId: string;
  change: SponsorshipChangeKind;
  /** The record behind the change: the state's latest co-sponsorship record on that text. */
  record: R;
};

/** The record a cell's co-sponsorship comes from; the map is currentPositions' over the same records. */
function sponsorshipRecord<R extends PositionRecord>(
  current: ReadonlyMap<string, CurrentPosition>,
  textId: string,
  iso3: string,
): R | null {
  // currentPositions returns the records it was given, so they keep their own type.
  return (current.get(positionKey(textId, iso3))?.sponsorship as R | undefined) ?? null;
}

/**
 * Every co-sponsorship change in a matrix, each with the record behind it (for its date
 * and source), by state as the matrix orders them, then session, oldest first. `records`
 * are the records the matrix was computed from.
 */
export function sponsorshipChanges<R extends PositionRecord>(
  matrix: { rows: readonly MatrixRow[] },
  records: readonly R[],
): SponsorshipChange<R>[] {
  const current = currentPositions(records);
  const changes: SponsorshipChange<R>[] = [];
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      if (cell.change === null) continue;
      const record = sponsorshipRecord<R>(current, cell.textId, row.state.iso3);
      if (record) changes.push({ state: row.state, textId: cell.textId, change: cell.change, record });
    }
  }
  return changes;
}

/** A position record with the source it was reported in. */
export type SourcedRecord = PositionRecord & { sourceUrl: string | null; sourceLabel: string | null };

/** One resolution line as positionNews reads it: its texts by session, and the live records on them. */
export type LineRecord = {
  resolution: { slug: string; title: string };
  texts: ReadonlyArray<{
    id: string;
    /** Oldest session first, from 0. */
    order: number;
    sessionLabel: string;
    draftSymbol: string | null;
    adoptedSymbol: string | null;
  }>;
  /** Every state's records on the line, not only the states asked about: whether a state "joined" depends on whether any sponsor list was on record before. */
  records: readonly SourcedRecord[];
};

/**
 * The news about some states on resolution lines, for a campaign's timeline: each change
 * in their co-sponsorship, and each vote they cast (or missed, or joined by consensus),
 * never a co-sponsorship repeated from one session to the next. Sponsors sign the draft,
 * so a change cites the draft symbol (the adopted one without it); a vote cites the
 * adopted symbol (the draft without it).
 */
export function positionNews({
  lines,
  states,
  iso3s,
}: {
  lines: readonly LineRecord[];
  /** Every state: the matrix needs them all to tell a join from a first list. */
  states: readonly UnState[];
  /** The states the news is about. */
  iso3s: readonly string[];
}): TimelinePositionInput[] {
  const wanted = new Set(iso3s);
  const news: TimelinePositionInput[] = [];
  for (const line of lines) {
    const texts = new Map(line.texts.map((t) => [t.id, t]));
    const source = (r: SourcedRecord) =>
      r.sourceUrl
        ? r.sourceLabel
          ? { url: r.sourceUrl, label: r.sourceLabel }
          : { url: r.sourceUrl }
        : null;
    const about = (r: SourcedRecord, state: UnState) => {
      const text = texts.get(r.textId)!;
      return {
        id: r.id,
        kind: r.kind,
        state: { iso3: state.iso3, name: state.name },
        resolution: line.resolution,
        session: text.sessionLabel,
        date: { date: r.date, precision: r.precision },
        source: source(r),
      };
    };

    const matrix = resolutionMatrix({
      sessions: line.texts.map((t) => ({ textId: t.id, sessionLabel: t.sessionLabel, order: t.order })),
      records: line.records,
      states,
    });
    const rows = matrix.rows.filter((row) => wanted.has(row.state.iso3));
    for (const { state, textId, change, record } of sponsorshipChanges({ rows }, line.records)) {
      const text = texts.get(textId)!;
      news.push({ ...about(record, state), change, symbol: text.draftSymbol ?? text.adoptedSymbol });
    }

    const stateByIso3 = new Map(rows.map((row) => [row.state.iso3, row.state]));
    const mine = line.records.filter((r) => stateByIso3.has(r.stateIso3));
    for (const position of currentPositions(mine).values()) {
      const vote = position.vote as SourcedRecord | null;
      // Not sitting on the body is no news about the state's stance.
      if (!vote || vote.kind === "not_member") continue;
      const text = texts.get(vote.textId)!;
      news.push({
        ...about(vote, stateByIso3.get(vote.stateIso3)!),
        change: "vote",
        symbol: text.adoptedSymbol ?? text.draftSymbol,
      });
    }
  }
  return news;
}
