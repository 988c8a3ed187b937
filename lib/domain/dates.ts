/*
 * Dates known to a precision: sources often say only "in November 2019", and the record
 * must not claim more than the source does. A PreciseDate keeps a full calendar date
 * (month- and year-precision dates are stored as the first day of their period) and
 * says how much of it is known. The numbers are available apart from the English
 * wording so another language can format them its own way.
 */

/** How much of a date is known; the database's date_precision enum is built from this list. */
export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A calendar date ("YYYY-MM-DD") and how much of it is known. */
export type PreciseDate = { date: string; precision: DatePrecision };

/** The known parts of a precise date; `month` and `day` are null when not known. */
export type PreciseDateParts = { year: number; month: number | null; day: number | null };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whether year-month-day names a real day ("2021-02-29" does not). A round trip through
 * Date.UTC, which rolls "02-30" into March; it also maps years before 100 to 19xx, so
 * those are refused, as they always have been.
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The year, month and day of a "YYYY-MM-DD" date, or null when it is malformed or names no real day. */
export function calendarDateParts(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDay(year, month, day) ? { year, month, day } : null;
}

/** The one check for a calendar date written "YYYY-MM-DD" ("2021-02-29" is not one). */
export function isCalendarDate(value: string): boolean {
  return calendarDateParts(value) !== null;
}

/** The year, month and day of a calendar date; throws on malformed and impossible dates. */
function parseDate(date: string): { year: number; month: number; day: number } {
  const parts = calendarDateParts(date);
  if (parts) return parts;
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

/** The parts of `d` its precision vouches for. */
export function preciseDateParts(d: PreciseDate): PreciseDateParts {
  const { year, month, day } = parseDate(d.date);
  return {
    year,
    month: d.precision === "year" ? null : month,
    day: d.precision === "day" ? day : null,
  };
}

/** The first day of the period `d` stands for ("2019-11-01" for November 2019). */
export function precisePeriodStart(d: PreciseDate): string {
  const { year, month, day } = parseDate(d.date);
  if (d.precision === "year") return `${pad(year, 4)}-01-01`;
  if (d.precision === "month") return `${pad(year, 4)}-${pad(month)}-01`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The last day of the period `d` stands for ("2019-11-30" for November 2019). */
export function precisePeriodEnd(d: PreciseDate): string {
  const { year, month, day } = parseDate(d.date);
  if (d.precision === "year") return `${pad(year, 4)}-12-31`;
  if (d.precision === "month") return `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * A string that sorts chronologically: the start of the period, so "November 2019"
 * sorts before "5 November 2019". Stray day parts on month-precision dates are ignored.
 */
export function sortKey(d: PreciseDate): string {
  return precisePeriodStart(d);
}

/** Whether the whole period of `d` lies before `today`: "March 2020" is not past on 15 March 2020. */
export function isPastPrecise(d: PreciseDate, today: string): boolean {
  parseDate(today);
  return precisePeriodEnd(d) < today;
}

/** The value for a `<time dateTime>` attribute, no more precise than the date: "2020-03-03", "2019-11", "2019". */
export function preciseDateTime(d: PreciseDate): string {
  const { year, month, day } = parseDate(d.date);
  if (d.precision === "year") return pad(year, 4);
  if (d.precision === "month") return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

const FORMAT_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
};

function dateFormatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    // UTC on both sides: the date is a calendar date, and no reader's zone may shift it.
    formatter = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...FORMAT_OPTIONS[precision] });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

/** The date as people write it, no more precise than known: "3 March 2020", "November 2019", "2019". */
export function formatPreciseDate(d: PreciseDate, locale = "en-GB"): string {
  const start = precisePeriodStart(d);
  return dateFormatter(locale, d.precision).format(new Date(`${start}T00:00:00Z`));
}

const numberFormatter = new Intl.NumberFormat("en-GB");

/** A count of days in English: "1 day", "2,554 days". */
export function daysLabel(n: number): string {
  return `${numberFormatter.format(n)} ${Math.abs(n) === 1 ? "day" : "days"}`;
}

/** How far a day is from today in English, given signed days from today: "today", "in 5 days", "5 days ago". */
export function countdownLabel(days: number): string {
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${daysLabel(days)}` : `${daysLabel(-days)} ago`;
}
