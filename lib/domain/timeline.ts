/*
 * One chronological view per campaign: events, letters (opened, sent), responses, ask
 * decision points, non-response markers and the position changes of the states it
 * presses, merged into a single list. Non-response is never typed in: it comes from the
 * letter clock, so it ends the moment a response is recorded; position changes come from
 * the UN record, so staff never log them twice. Retracted items stay on the record with
 * their reason.
 */

import { type AskStatus, askStatus } from "@/lib/domain/ask-status";
import { isPastPrecise, type PreciseDate, precisePeriodStart, sortKey } from "@/lib/domain/dates";
import type { LetterClock } from "@/lib/domain/deadlines";
import { daysBetween } from "@/lib/domain/deadlines";
import { openingOnRecord } from "@/lib/domain/letter-lifecycle";
import type { MatrixChange, PositionKind } from "@/lib/domain/un/positions";
import type { TallyCounts } from "./tally";

// The kinds and outcomes the timeline tells apart; db/schema.ts builds its enums from these lists.
export const EVENT_KINDS = ["coalition_action", "government_action", "un_action", "media", "other"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const RESPONSE_KINDS = [
  "written_reply",
  "public_statement",
  "meeting",
  "vote",
  "policy_action",
  "acknowledgement",
  // What a body decided ("adopted by 29 votes to 0"), as distinct from one state's reply.
  "body_decision",
] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];
export const RESPONSE_STANCES = ["positive", "negative", "mixed", "noncommittal"] as const;
export type ResponseStance = (typeof RESPONSE_STANCES)[number];
export const ASK_OUTCOMES = ["pending", "met", "partially_met", "not_met", "moot"] as const;
export type AskOutcome = (typeof ASK_OUTCOMES)[number];

export type TimelineSource = { url: string; label?: string };
export type Retraction = { at: string; reason: string };

export type TimelineEventInput = {
  id: string;
  kind: EventKind;
  title: string;
  description: string | null;
  date: PreciseDate;
  sources: readonly TimelineSource[];
  retracted: Retraction | null;
};

export type TimelineLetterInput = {
  id: string;
  slug: string;
  title: string;
  addressee: string;
  openedOn: string | null;
  sent: PreciseDate | null;
  sourceUrl: string | null;
  clock: LetterClock;
  /** The tally in English, as the public API gives it (a sent letter's entry's `detail`). */
  tallySentence: string;
  tally: TallyCounts;
};

export type TimelineResponseInput = {
  id: string;
  kind: ResponseKind;
  stance: ResponseStance;
  date: PreciseDate;
  summary: string;
  sourceUrl: string | null;
  letterId: string | null;
  askId: string | null;
  retracted: Retraction | null;
};

export type TimelineAskInput = {
  id: string;
  title: string;
  venue: string | null;
  decision: PreciseDate | null;
  outcome: AskOutcome;
  outcomeSourceUrl: string | null;
  retracted?: Retraction | null;
};

/** What a position entry reports: a change in co-sponsorship, or a vote. */
export type PositionChange = Exclude<MatrixChange, null> | "vote";

/**
 * A targeted state's position on a resolution text that is news: a change in its
 * co-sponsorship or a vote (lib/domain/un/position-changes.ts picks them from the record).
 */
export type TimelinePositionInput = {
  /** The position record's id. */
  id: string;
  change: PositionChange;
  kind: PositionKind;
  state: { iso3: string; name: string };
  resolution: { slug: string; title: string };
  /** The session's label: "74th session", "HRC43". */
  session: string;
  /** The text's symbol the change cites ("A/C.3/74/L.27"); null when none is on record. */
  symbol: string | null;
  date: PreciseDate;
  source: TimelineSource | null;
};

export type TimelineInput = {
  /** "YYYY-MM-DD" in the target's time zone. */
  today: string;
  events: readonly TimelineEventInput[];
  letters: readonly TimelineLetterInput[];
  responses: readonly TimelineResponseInput[];
  asks: readonly TimelineAskInput[];
  /** Position changes of the states the campaign presses; none when it presses no state. */
  positions?: readonly TimelinePositionInput[];
};

export type TimelineKind =
  | "event"
  | "position"
  | "letter_opened"
  | "letter_sent"
  | "response"
  | "ask_decision"
  | "non_response";

export type TimelineEntry = {
  /** Unique and stable across renders: "<kind>:<source id>". */
  id: string;
  kind: TimelineKind;
  /** The event kind or response kind. */
  subkind?: EventKind | ResponseKind;
  date: PreciseDate;
  /**
   * The record's own title the entry is about: the event's, the letter's, the ask's; for
   * a response, the letter it answers (null when it answers none). What the timeline says
   * around it ("Letter sent: …") is worded from the message catalog, by the page and the
   * feed alike (components/timeline/entry-text.ts).
   */
  subject: string | null;
  /** The record's own words under it: an event's description, a response's summary, a sent letter's signatories. */
  detail: string | null;
  /** A letter opened for signatures: whom it is addressed to. */
  addressee?: string;
  /** A sent letter: its tally, which pages word in their language (`detail` has it in English). */
  tally?: TallyCounts;
  /** A missed deadline: the days the letter has gone without a response. */
  daysWithoutResponse?: number;
  /** A missed deadline: those days count from a sending known only to the month or year. */
  approximate?: boolean;
  /** A decision point: where the decision is taken, when known. */
  venue?: string | null;
  sources: TimelineSource[];
  /** The letter the entry is about; the page builds the URL. */
  letterSlug?: string;
  letterId?: string;
  /** The ask the entry is about. */
  askId?: string;
  /** True for decision points whose whole period is not yet past. */
  upcoming: boolean;
  /** Days from today to the start of an upcoming decision point's period (never negative); else null. */
  countdownDays: number | null;
  retracted: Retraction | null;
  stance?: ResponseStance;
  /** A decision point: its ask's outcome as shown, "awaiting_outcome" once it passed with none recorded. */
  outcome?: AskStatus;
  /** A position entry: what changed, on which text; `subject` is the state's name. */
  position?: {
    change: PositionChange;
    kind: PositionKind;
    stateIso3: string;
    resolutionSlug: string;
    resolutionTitle: string;
    session: string;
    symbol: string | null;
  };
};

/** Every kind, in the order a filter offers them. */
export const TIMELINE_KINDS: readonly TimelineKind[] = [
  "event",
  "position",
  "letter_opened",
  "letter_sent",
  "response",
  "non_response",
  "ask_decision",
];

// On one day the story reads: what happened, the letter it prompted, the reply, then
// what the day decided; a missed deadline comes last because it is the day's end.
const KIND_RANK: Record<TimelineKind, number> = {
  event: 0,
  position: 0,
  letter_opened: 1,
  letter_sent: 2,
  response: 3,
  ask_decision: 4,
  non_response: 5,
};

function day(date: string): PreciseDate {
  return { date, precision: "day" };
}

function sourcesOf(url: string | null): TimelineSource[] {
  return url ? [{ url }] : [];
}

/** Oldest first; same period start by kind, then by id, so the order never depends on input order. */
export function compareTimelineEntries(a: TimelineEntry, b: TimelineEntry): number {
  const ka = sortKey(a.date);
  const kb = sortKey(b.date);
  if (ka !== kb) return ka < kb ? -1 : 1;
  const rank = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (rank !== 0) return rank;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function letterEntries(letter: TimelineLetterInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const common = {
    letterSlug: letter.slug,
    letterId: letter.id,
    upcoming: false,
    countdownDays: null,
    retracted: null,
  };
  // Rows saved before the send step dropped a later stamp may still carry one.
  const openedOn = openingOnRecord(letter.openedOn, letter.sent);
  if (openedOn) {
    entries.push({
      ...common,
      id: `letter_opened:${letter.id}`,
      kind: "letter_opened",
      date: day(openedOn),
      subject: letter.title,
      detail: null,
      addressee: letter.addressee,
      sources: [],
    });
  }
  if (letter.sent) {
    entries.push({
      ...common,
      id: `letter_sent:${letter.id}`,
      kind: "letter_sent",
      date: letter.sent,
      subject: letter.title,
      detail: letter.tallySentence.trim() || null,
      tally: letter.tally,
      sources: sourcesOf(letter.sourceUrl),
    });
  }
  if (letter.clock.state === "overdue") {
    entries.push({
      ...common,
      id: `non_response:${letter.id}`,
      kind: "non_response",
      date: day(letter.clock.deadline),
      subject: letter.title,
      detail: null,
      daysWithoutResponse: letter.clock.daysWithoutResponse,
      approximate: letter.clock.approximate,
      sources: sourcesOf(letter.sourceUrl),
    });
  }
  return entries;
}

function askEntry(ask: TimelineAskInput & { decision: PreciseDate }, today: string): TimelineEntry {
  const upcoming = !isPastPrecise(ask.decision, today);
  return {
    id: `ask_decision:${ask.id}`,
    kind: "ask_decision",
    date: ask.decision,
    subject: ask.title,
    detail: null,
    venue: ask.venue,
    sources: sourcesOf(ask.outcomeSourceUrl),
    askId: ask.id,
    upcoming,
    // "March 2027" is counted to its first day: the earliest the decision can fall.
    countdownDays: upcoming ? Math.max(0, daysBetween(today, precisePeriodStart(ask.decision))) : null,
    retracted: ask.retracted ?? null,
    outcome: askStatus(ask, today),
  };
}

function positionEntry(position: TimelinePositionInput): TimelineEntry {
  return {
    id: `position:${position.id}`,
    kind: "position",
    date: position.date,
    subject: position.state.name,
    detail: null,
    sources: position.source ? [{ ...position.source }] : [],
    upcoming: false,
    countdownDays: null,
    // Only live records are news: a retracted position takes its change off the timeline.
    retracted: null,
    position: {
      change: position.change,
      kind: position.kind,
      stateIso3: position.state.iso3,
      resolutionSlug: position.resolution.slug,
      resolutionTitle: position.resolution.title,
      session: position.session,
      symbol: position.symbol,
    },
  };
}

/** Merge a campaign's record into one chronological list, oldest first. */
export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const { today } = input;
  const letters = new Map(input.letters.map((letter) => [letter.id, letter]));
  const entries: TimelineEntry[] = [];

  for (const event of input.events) {
    entries.push({
      id: `event:${event.id}`,
      kind: "event",
      subkind: event.kind,
      date: event.date,
      subject: event.title,
      detail: event.description,
      sources: event.sources.map((s) => ({ ...s })),
      upcoming: false,
      countdownDays: null,
      retracted: event.retracted,
    });
  }

  for (const letter of input.letters) entries.push(...letterEntries(letter));

  for (const response of input.responses) {
    const letter = response.letterId ? letters.get(response.letterId) : undefined;
    entries.push({
      id: `response:${response.id}`,
      kind: "response",
      subkind: response.kind,
      date: response.date,
      subject: letter?.title ?? null,
      detail: response.summary,
      sources: sourcesOf(response.sourceUrl),
      ...(letter ? { letterSlug: letter.slug, letterId: letter.id } : {}),
      ...(response.askId ? { askId: response.askId } : {}),
      upcoming: false,
      countdownDays: null,
      retracted: response.retracted,
      stance: response.stance,
    });
  }

  for (const ask of input.asks) {
    if (ask.decision) entries.push(askEntry({ ...ask, decision: ask.decision }, today));
  }

  for (const position of input.positions ?? []) entries.push(positionEntry(position));

  return entries.sort(compareTimelineEntries);
}

/** The entries of the given kinds, order kept; an empty selection means no filter. */
export function filterTimeline(
  entries: readonly TimelineEntry[],
  kinds: readonly TimelineKind[],
): TimelineEntry[] {
  if (kinds.length === 0) return [...entries];
  const wanted = new Set(kinds);
  return entries.filter((entry) => wanted.has(entry.kind));
}
