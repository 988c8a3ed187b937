/*
 * Response deadlines and non-response, derived and never stored. Every date here is a
 * calendar date ("YYYY-MM-DD") in the target's time zone: a government answering on
 * the deadline day in Seoul has answered in time, whatever the hour is in London.
 * Arithmetic runs on UTC midnights so daylight-saving changes never add or drop a day.
 */

import { calendarDateParts, type DatePrecision, precisePeriodEnd } from "./dates";
import type { LetterStatus } from "./letter-lifecycle";
import { zonedCalendarDate } from "./time-zones";

/** How a letter's response deadline is set; db/schema.ts builds its enum from this list. */
export const DEADLINE_RULES = ["none", "date", "calendar_days", "working_days"] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

const MS_PER_DAY = 86_400_000;

/** Milliseconds of the date's UTC midnight; rejects malformed and impossible dates ("2021-02-29"). */
function toUtcMs(date: string): number {
  const parts = calendarDateParts(date);
  if (parts) return Date.UTC(parts.year, parts.month - 1, parts.day);
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / MS_PER_DAY);
}

/** The calendar date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Days must be a whole number: ${n}`);
  return fromUtcMs(toUtcMs(date) + n * MS_PER_DAY);
}

/** Whether the date falls on a Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const weekday = new Date(toUtcMs(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Today's calendar date in an IANA time zone at instant `now`; throws RangeError for an unknown zone. */
export function todayIn(timeZone: string, now: Date): string {
  return zonedCalendarDate(now, timeZone);
}

export type ResponseDeadlineInput = {
  /** The sending date; a month- or year-precision one is stored as its period's first day. */
  sentOn: string | null;
  /** How precisely the sending date is known; a day when not given. */
  sentPrecision?: DatePrecision;
  /** The last day of a sending known as a range ("28 or 29 September 2017"). */
  sentEnd?: string | null;
  rule: DeadlineRule;
  deadlineDate?: string | null;
  deadlineDays?: number | null;
  /** The target's public holidays, skipped by "working_days". */
  holidays?: readonly string[];
};

/**
 * The last day on which a response is still in time, or null when the letter has no
 * deadline (yet). Days are counted from the sending's last possible day: a letter sent
 * "in October" may have gone on the 31st, and no target is late before its time.
 */
export function responseDeadline({
  sentOn,
  sentPrecision = "day",
  sentEnd = null,
  rule,
  deadlineDate,
  deadlineDays,
  holidays = [],
}: ResponseDeadlineInput): string | null {
  // An unsent letter asks nothing of anyone yet, even with a fixed date set in advance.
  if (sentOn === null || rule === "none") return null;
  if (rule === "date") return deadlineDate ?? null;

  if (deadlineDays === null || deadlineDays === undefined) return null;
  if (!Number.isInteger(deadlineDays) || deadlineDays <= 0) {
    throw new RangeError(`Deadline days must be a positive whole number: ${deadlineDays}`);
  }
  const countedFrom = precisePeriodEnd({ date: sentOn, precision: sentPrecision, end: sentEnd });
  if (rule === "calendar_days") return addDays(countedFrom, deadlineDays);

  const skipped = new Set(holidays);
  let day = countedFrom;
  let remaining = deadlineDays;
  // The sending day never counts: "within 1 working day" of a Friday is the Monday.
  while (remaining > 0) {
    day = addDays(day, 1);
    if (!isWeekend(day) && !skipped.has(day)) remaining -= 1;
  }
  return day;
}

/*
 * `approximate` on a started clock: its counts from the sending (daysToAnswer,
 * daysSinceSent, daysWithoutResponse) rest on a date known only to the month or year,
 * or to a range of days, counted from the period's first day, so every page that prints
 * them says "about".
 */
export type LetterClock =
  | { state: "draft" }
  | { state: "collecting" }
  | {
      state: "answered";
      respondedOn: string;
      respondedPrecision: DatePrecision;
      /** The last day of a response dated by a range; absent otherwise. */
      respondedEnd?: string | null;
      daysToAnswer: number;
      approximate: boolean;
    }
  | {
      state: "awaiting";
      deadline: string | null;
      daysLeft: number | null;
      daysSinceSent: number;
      approximate: boolean;
    }
  | {
      state: "overdue";
      deadline: string;
      daysOverdue: number;
      daysWithoutResponse: number;
      approximate: boolean;
    };

export type LetterClockInput = ResponseDeadlineInput & {
  status: LetterStatus;
  /** The earliest linked response's date, or null when the target has not answered. */
  firstResponseOn: string | null;
  /** How precisely that date is known ("March 2020"); a day when not given. */
  firstResponsePrecision?: DatePrecision;
  /** That response's last day when it is dated by a range. */
  firstResponseEnd?: string | null;
  /** The target's IANA zone; "today" is the calendar date there. */
  timeZone?: string;
  now: Date;
};

/** Where a letter stands with its target as of `now`: the one place "overdue" is decided. */
export function letterClock(input: LetterClockInput): LetterClock {
  const { status, sentOn, firstResponseOn, timeZone = "UTC", now } = input;
  if (status === "draft") return { state: "draft" };
  if (status === "collecting") return { state: "collecting" };
  if (sentOn === null) throw new RangeError(`A ${status} letter must have a sending date`);
  const approximate = (input.sentPrecision ?? "day") !== "day";

  // Any recorded response ends the clock, late or not; lateness is visible from the dates.
  if (firstResponseOn !== null) {
    const respondedPrecision = input.firstResponsePrecision ?? "day";
    // A sending date known only roughly can land after the reply; never report negative days.
    return {
      state: "answered",
      respondedOn: firstResponseOn,
      respondedPrecision,
      ...(respondedPrecision === "range" ? { respondedEnd: input.firstResponseEnd ?? null } : {}),
      daysToAnswer: Math.max(0, daysBetween(sentOn, firstResponseOn)),
      approximate: approximate || respondedPrecision !== "day",
    };
  }

  const today = todayIn(timeZone, now);
  // Staff may record the sending date from their own zone, a day ahead of the target's.
  const daysSinceSent = Math.max(0, daysBetween(sentOn, today));
  const deadline = responseDeadline(input);
  if (deadline === null) {
    return { state: "awaiting", deadline: null, daysLeft: null, daysSinceSent, approximate };
  }

  // The deadline day itself is still in time; overdue starts the day after.
  if (today > deadline) {
    return {
      state: "overdue",
      deadline,
      daysOverdue: daysBetween(deadline, today),
      daysWithoutResponse: daysSinceSent,
      approximate,
    };
  }
  return { state: "awaiting", deadline, daysLeft: daysBetween(today, deadline), daysSinceSent, approximate };
}
