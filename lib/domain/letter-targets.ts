/*
 * A letter addressed to several targets runs one response clock per target: the same
 * sending date and deadline rule, read in each target's own time zone and against its
 * own holidays, ended by that target's own response. The letter as a whole is answered
 * when every target has answered, and overdue while any target is. A letter with one
 * target is exactly that target's clock, so single-target letters read as they always did.
 */

import type { DatePrecision } from "./dates";
import { type DeadlineRule, type LetterClock, letterClock, responseDeadline } from "./deadlines";
import type { LetterStatus } from "./letter-lifecycle";
import { median } from "./stats";

/** What every target's clock shares: the letter's status, sending and deadline rule. */
export type LetterClockRule = {
  status: LetterStatus;
  sentOn: string | null;
  /** How precisely the sending date is known: days-based deadlines count from its period's end. */
  sentPrecision: DatePrecision;
  /** The last day of a sending known as a range: days-based deadlines count from it. */
  sentEnd: string | null;
  rule: DeadlineRule;
  deadlineDate: string | null;
  deadlineDays: number | null;
};

/** The earliest response on record from one target. */
export type FirstResponse = { on: string; precision: DatePrecision; end: string | null; responseId: string };

export type TargetClockInput = {
  timeZone: string;
  holidays: readonly string[];
  firstResponse: FirstResponse | null;
};

/** One target's deadline (in its own calendar) and where it stands, as of `now`. */
export function targetClock(
  letter: LetterClockRule,
  target: TargetClockInput,
  now: Date,
): { deadline: string | null; clock: LetterClock } {
  const rule = {
    sentOn: letter.sentOn,
    sentPrecision: letter.sentPrecision,
    sentEnd: letter.sentEnd,
    rule: letter.rule,
    deadlineDate: letter.deadlineDate,
    deadlineDays: letter.deadlineDays,
    holidays: target.holidays,
  };
  return {
    deadline: responseDeadline(rule),
    clock: letterClock({
      ...rule,
      status: letter.status,
      firstResponseOn: target.firstResponse?.on ?? null,
      firstResponsePrecision: target.firstResponse?.precision,
      firstResponseEnd: target.firstResponse?.end,
      timeZone: target.timeZone,
      now,
    }),
  };
}

/**
 * Which of the letter's targets a response answers, or null for none of them. A response
 * names its target; one saved without (before letters had several) answers the letter's
 * only target, or, on a letter to several, the campaign's main target if it is one of them.
 */
export function answeringTarget(
  responseTargetId: string | null,
  letterTargetIds: readonly string[],
  mainTargetId: string,
): string | null {
  if (responseTargetId !== null) return letterTargetIds.includes(responseTargetId) ? responseTargetId : null;
  if (letterTargetIds.length === 1) return letterTargetIds[0]!;
  return letterTargetIds.includes(mainTargetId) ? mainTargetId : null;
}

/** The earlier of two responses; on the same day, the one already held. */
export function earlierResponse(a: FirstResponse | null, b: FirstResponse | null): FirstResponse | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.on < a.on ? b : a;
}

/** How a letter's targets stand: "2 of 3 have not answered". */
export type TargetCounts = {
  total: number;
  answered: number;
  /** Not answered, deadline passed. */
  overdue: number;
  /** Not answered, whether or not the deadline has passed. */
  unanswered: number;
};

export function countTargets(clocks: readonly LetterClock[]): TargetCounts {
  const answered = clocks.filter((c) => c.state === "answered").length;
  const waiting = clocks.filter((c) => c.state === "awaiting" || c.state === "overdue").length;
  return {
    total: clocks.length,
    answered,
    overdue: clocks.filter((c) => c.state === "overdue").length,
    unanswered: waiting,
  };
}

/** A target's record over the letters sent to it (or a state's, over its targets'). */
export type ClockFigures = {
  lettersSent: number;
  answered: number;
  /** Sent, not answered, deadline not passed (or no deadline). */
  awaiting: number;
  /** Sent, not answered, deadline passed. */
  overdue: number;
  /** Median calendar days from sending to the first response, over answered letters; null when none. */
  medianDaysToAnswer: number | null;
  /** Whether any answer in the median counts from a date known only to the month or year. */
  medianApproximate: boolean;
};

/** The figures over some targets' clocks; letters not sent yet are not counted. */
export function clockFigures(clocks: readonly LetterClock[]): ClockFigures {
  const sent = clocks.filter((c) => c.state !== "draft" && c.state !== "collecting");
  const answered = sent.flatMap((c) => (c.state === "answered" ? [c] : []));
  return {
    lettersSent: sent.length,
    answered: answered.length,
    awaiting: sent.filter((c) => c.state === "awaiting").length,
    overdue: sent.filter((c) => c.state === "overdue").length,
    medianDaysToAnswer: median(answered.map((c) => c.daysToAnswer)),
    medianApproximate: answered.some((c) => c.approximate),
  };
}

/**
 * The letter's own clock from its targets' clocks: answered once every target has (on the
 * day the last one did); otherwise overdue while any target is, showing the longest
 * silence; otherwise awaiting, showing the nearest deadline. One target: its clock.
 */
export function overallClock(clocks: readonly LetterClock[]): LetterClock {
  if (clocks.length === 0) throw new RangeError("A letter has at least one target");
  if (clocks.length === 1) return clocks[0]!;
  const first = clocks[0]!;
  // Every target shares the letter's status: a draft or a collecting letter is one for all.
  if (first.state === "draft" || first.state === "collecting") return first;

  const overdue = clocks.flatMap((c) => (c.state === "overdue" ? [c] : []));
  if (overdue.length > 0) {
    return overdue.reduce((a, b) =>
      b.daysWithoutResponse > a.daysWithoutResponse ||
      (b.daysWithoutResponse === a.daysWithoutResponse && b.daysOverdue > a.daysOverdue)
        ? b
        : a,
    );
  }
  const awaiting = clocks.flatMap((c) => (c.state === "awaiting" ? [c] : []));
  if (awaiting.length > 0) {
    const left = (c: (typeof awaiting)[number]) => c.daysLeft ?? Number.POSITIVE_INFINITY;
    const nearest = awaiting.reduce((a, b) => (left(b) < left(a) ? b : a));
    return { ...nearest, daysSinceSent: Math.max(...awaiting.map((c) => c.daysSinceSent)) };
  }
  const answered = clocks.flatMap((c) => (c.state === "answered" ? [c] : []));
  const last = answered.reduce((a, b) => (b.respondedOn > a.respondedOn ? b : a));
  return {
    ...last,
    daysToAnswer: Math.max(...answered.map((c) => c.daysToAnswer)),
    approximate: answered.some((c) => c.approximate),
  };
}

/** One addressee line of a letter: to whom, and how the letter names them. */
export type LetterTargetLine = { targetId: string; addressee: string };

/** Whether two lists address the same targets by the same lines, in any order. */
export function sameTargetLines(a: readonly LetterTargetLine[], b: readonly LetterTargetLine[]): boolean {
  if (a.length !== b.length) return false;
  const lines = new Map(a.map((l) => [l.targetId, l.addressee]));
  return b.every((l) => lines.get(l.targetId) === l.addressee);
}

/**
 * The lines a letter is addressed by, from the targets chosen in order: each target's own
 * line, or the letter's own addressee line where none is typed. A target chosen twice
 * keeps its first line.
 */
export function resolveTargetLines(
  letterAddressee: string,
  chosen: ReadonlyArray<{ targetId: string; addressee: string | null }>,
): LetterTargetLine[] {
  const seen = new Set<string>();
  const lines: LetterTargetLine[] = [];
  for (const { targetId, addressee } of chosen) {
    if (seen.has(targetId)) continue;
    seen.add(targetId);
    lines.push({ targetId, addressee: addressee ?? letterAddressee });
  }
  return lines;
}

/**
 * The targets as chosen, from the lines on record: a line that is the letter's own
 * addressee line is "not typed" (null), so it follows that line when it changes.
 */
export function chosenFromLines(
  letterAddressee: string,
  lines: readonly LetterTargetLine[],
): Array<{ targetId: string; addressee: string | null }> {
  return lines.map((l) => ({
    targetId: l.targetId,
    addressee: l.addressee === letterAddressee ? null : l.addressee,
  }));
}
