/*
 * A state's position on a resolution text: co-sponsorship and vote are two separate
 * aspects (a state can co-sponsor and then vote yes, or withdraw its co-sponsorship and
 * abstain). The record is append-only: a later record adds to the history and the latest
 * one per aspect is the current position; a wrong record is retracted, never edited.
 * Everything here derives from that history, so no outcome is ever typed twice.
 */
import { type DatePrecision, isPastPrecise, precisePeriodEnd } from "@/lib/domain/dates";
import type { UnState } from "@/lib/domain/un/states";

export const POSITION_KINDS = [
  "cosponsor",
  "withdrew_cosponsorship",
  "not_cosponsor",
  "vote_yes",
  "vote_no",
  "vote_abstain",
  "vote_absent",
  "not_member",
  "joined_consensus",
] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export const SPONSORSHIP_TYPES = ["original", "additional"] as const;
export type SponsorshipType = (typeof SPONSORSHIP_TYPES)[number];

/** The positions an ask can want of a state. */
export const WANTED_POSITIONS = ["cosponsor", "vote_yes"] as const;
export type WantedPosition = (typeof WANTED_POSITIONS)[number];

export const ADOPTION_METHODS = ["pending", "without_vote", "recorded_vote"] as const;
export type AdoptionMethod = (typeof ADOPTION_METHODS)[number];

export const POSITION_ASPECTS = ["sponsorship", "vote"] as const;
export type PositionAspect = (typeof POSITION_ASPECTS)[number];

const SPONSORSHIP_KINDS: ReadonlySet<PositionKind> = new Set([
  "cosponsor",
  "withdrew_cosponsorship",
  "not_cosponsor",
]);

/** Which aspect of a position a kind records: co-sponsorship, or how the state voted (or that it could not). */
export function aspectOf(kind: PositionKind): PositionAspect {
  return SPONSORSHIP_KINDS.has(kind) ? "sponsorship" : "vote";
}

export type PositionRecord = {
  id: string;
  stateIso3: string;
  textId: string;
  kind: PositionKind;
  /** Original or additional sponsor; only for `cosponsor`. */
  sponsorship: SponsorshipType | null;
  /** YYYY-MM-DD; the first day of the month or year for coarser precision. */
  date: string;
  precision: DatePrecision;
  /** ISO instant the record was made; breaks ties between records of the same date. */
  recordedAt: string;
  retracted: boolean;
};

export type CurrentPosition = { sponsorship: PositionRecord | null; vote: PositionRecord | null };

/** The key of a state's position on a text in `currentPositions`' map. */
export function positionKey(textId: string, stateIso3: string): string {
  return `${textId}:${stateIso3}`;
}

/**
 * Whether a record is known by `asOf`: "November 2019" is only known to hold on
 * 30 November 2019, so it never counts on an earlier day.
 */
function isKnownBy(record: PositionRecord, asOf: string | undefined): boolean {
  return asOf === undefined || precisePeriodEnd(record) <= asOf;
}

/**
 * Whether `a` comes after `b` in a state's history: by date, then by when it was recorded.
 * Dates are stored at their period's start, so "November 2019" sorts before
 * "5 November 2019" by plain string order (as `sortKey` in dates.ts would order them);
 * comparing the strings keeps a 193-state matrix from parsing every date twice.
 */
function isLater(a: PositionRecord, b: PositionRecord): boolean {
  if (a.date !== b.date) return a.date > b.date;
  return a.recordedAt > b.recordedAt;
}

/**
 * The current position of each state on each text: the latest live record per aspect,
 * keyed by `positionKey(textId, iso3)`. With `asOf` (YYYY-MM-DD), only what was known on
 * that day counts.
 */
export function currentPositions(
  records: readonly PositionRecord[],
  asOf?: string,
): Map<string, CurrentPosition> {
  const current = new Map<string, CurrentPosition>();
  for (const record of records) {
    if (record.retracted || !isKnownBy(record, asOf)) continue;
    const key = positionKey(record.textId, record.stateIso3);
    let position = current.get(key);
    if (!position) {
      position = { sponsorship: null, vote: null };
      current.set(key, position);
    }
    const aspect = aspectOf(record.kind);
    const held = position[aspect];
    if (!held || isLater(record, held)) position[aspect] = record;
  }
  return current;
}

export type AskStateOutcome = "met" | "not_met" | "pending";

/**
 * Whether a state's latest position satisfies what the ask wants. Joining the consensus
 * meets a "vote yes" ask: a text adopted without a vote has no yes votes to record.
 */
function satisfies(wanted: WantedPosition, position: CurrentPosition | undefined): boolean {
  if (wanted === "cosponsor") return position?.sponsorship?.kind === "cosponsor";
  const vote = position?.vote?.kind;
  return vote === "vote_yes" || vote === "joined_consensus";
}

/**
 * One targeted state's outcome on an ask linked to a resolution text, from the positions
 * recorded for it there: met when it holds the wanted position at the decision point (or
 * today, before it); not met once the decision point has passed without it; pending
 * before. A decision known only to the month passes when the month ends. Without a
 * decision point, the ask stays pending until the state is recorded in the position.
 */
export function askOutcomeForState(args: {
  wanted: WantedPosition;
  /** This state's records on the linked text. */
  records: readonly PositionRecord[];
  decisionDate: string | null;
  decisionPrecision: DatePrecision;
  today: string;
}): AskStateOutcome {
  const { wanted, records, decisionDate, decisionPrecision, today } = args;
  const decision = decisionDate ? { date: decisionDate, precision: decisionPrecision } : null;
  const decided = decision !== null && isPastPrecise(decision, today);
  const asOf = decided ? precisePeriodEnd(decision) : today;
  const positions = [...currentPositions(records, asOf).values()];
  // The caller passes one state's records on one text; should it pass more, any match counts.
  if (positions.some((p) => satisfies(wanted, p))) return "met";
  return decided ? "not_met" : "pending";
}

export type MatrixChange = "joined" | "dropped" | "returned" | null;

export type MatrixCell = {
  textId: string;
  sponsorship: PositionKind | null;
  vote: PositionKind | null;
  change: MatrixChange;
};

export type MatrixRow = { state: UnState; cells: MatrixCell[] };

export type MatrixTotals = { textId: string; cosponsors: number; yes: number; no: number; abstain: number };

export type ResolutionMatrix = { rows: MatrixRow[]; totals: MatrixTotals[] };

/**
 * A resolution line across its sessions: one row per state with any record on its texts
 * (sorted by name), one cell per session (in `order`), each with the state's final
 * co-sponsorship and vote there and how its co-sponsorship changed from the last session
 * where it had one on record:
 * - "joined": co-sponsors for the first time, and an earlier session has a sponsor list on
 *   record (the first listed session has nothing to compare with, so nobody "joins" there);
 * - "dropped": co-sponsored last time, now withdrew or is recorded as not co-sponsoring;
 * - "returned": co-sponsors again after having dropped.
 * A session with no sponsorship record for the state says nothing about it: no change.
 * Totals count the states given (a regional group's totals when filtered to one).
 */
export function resolutionMatrix(args: {
  sessions: readonly { textId: string; sessionLabel: string; order: number }[];
  records: readonly PositionRecord[];
  states: readonly UnState[];
}): ResolutionMatrix {
  const sessions = [...args.sessions].sort((a, b) => a.order - b.order);
  const stateByIso3 = new Map(args.states.map((s) => [s.iso3, s]));
  const textIds = new Set(sessions.map((s) => s.textId));
  const relevant = args.records.filter(
    (r) => textIds.has(r.textId) && stateByIso3.has(r.stateIso3) && !r.retracted,
  );
  const current = currentPositions(relevant);

  // A session has a sponsor list on record when any state has a sponsorship record on its text.
  const listedTexts = new Set<string>();
  const statesWithRecords = new Set<string>();
  for (const [key, position] of current) {
    const [textId, iso3] = splitKey(key);
    statesWithRecords.add(iso3);
    if (position.sponsorship) listedTexts.add(textId);
  }

  const totals: MatrixTotals[] = sessions.map((s) => ({
    textId: s.textId,
    cosponsors: 0,
    yes: 0,
    no: 0,
    abstain: 0,
  }));
  const rows: MatrixRow[] = [];
  for (const iso3 of statesWithRecords) {
    const state = stateByIso3.get(iso3) as UnState;
    let everCosponsor = false;
    let lastListed: boolean | null = null;
    let anEarlierSessionListed = false;
    const cells = sessions.map((session, i): MatrixCell => {
      const position = current.get(positionKey(session.textId, iso3));
      const sponsorship = position?.sponsorship?.kind ?? null;
      const vote = position?.vote?.kind ?? null;
      const total = totals[i];
      if (sponsorship === "cosponsor") total.cosponsors++;
      if (vote === "vote_yes") total.yes++;
      else if (vote === "vote_no") total.no++;
      else if (vote === "vote_abstain") total.abstain++;

      let change: MatrixChange = null;
      if (sponsorship !== null) {
        const cosponsors = sponsorship === "cosponsor";
        if (cosponsors && lastListed !== true) {
          if (everCosponsor) change = "returned";
          else if (anEarlierSessionListed) change = "joined";
        } else if (!cosponsors && lastListed === true) {
          change = "dropped";
        }
        lastListed = cosponsors;
        everCosponsor ||= cosponsors;
      }
      anEarlierSessionListed ||= listedTexts.has(session.textId);
      return { textId: session.textId, sponsorship, vote, change };
    });
    rows.push({ state, cells });
  }
  rows.sort((a, b) => a.state.name.localeCompare(b.state.name, "en"));
  return { rows, totals };
}

function splitKey(key: string): [textId: string, iso3: string] {
  const at = key.lastIndexOf(":");
  return [key.slice(0, at), key.slice(at + 1)];
}
