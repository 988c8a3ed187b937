/*
 * Dates known to a precision: sources often say only "in November 2019", or "on 28 or 29
 * September", and the record must not claim more than the source does. A PreciseDate
 * keeps a full calendar date (month- and year-precision dates are stored as the first
 * day of their period; a range as its first day, with its last day in `end`) and says
 * how much of it is known. Intl writes the dates in each language; the few words around
 * them (a range's "or", "between", a part of a month) come from the language's catalog.
 */

/** How much of a date is known; the database's date_precision enum is built from this list. */
export const DATE_PRECISIONS = ["day", "month", "year", "range"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * A calendar date ("YYYY-MM-DD") and how much of it is known. A "range" runs from `date`
 * to `end`, both days included, `end` after `date`; `end` is null or absent otherwise.
 */
export type PreciseDate = { date: string; precision: DatePrecision; end?: string | null };

/** The parts of a month staff may name for a range: days 1–10, 11–20, 21 to the last. */
export const MONTH_PARTS = ["early", "mid", "late"] as const;
export type MonthPart = (typeof MONTH_PARTS)[number];

/** The precisions a pasted list of UN positions may have: no ranges there. */
export const POSITION_DATE_PRECISIONS = ["day", "month", "year"] as const;

/**
 * What a staff form offers for a date's precision: the stored ones, and "part of a month"
 * (early, mid, late), which is saved as the range of days it names.
 */
export const DATE_ENTRY_CHOICES = ["day", "month", "year", "range", "monthPart"] as const;
export type DateEntryChoice = (typeof DATE_ENTRY_CHOICES)[number];

/** How a range is said: two days next to each other, a part of one month, or "between". */
export type RangeShape = "twoDays" | MonthPart | "between";

/** A stored date as a PreciseDate: the range's last day kept only on a range. */
export function preciseDate(
  date: string,
  precision: DatePrecision,
  end: string | null | undefined,
): PreciseDate {
  return precision === "range" ? { date, precision, end: end ?? null } : { date, precision };
}

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

/** The last day of a range; throws when a range has no end, or one not after its start. */
function rangeEnd(d: PreciseDate): string {
  const end = d.end ?? "";
  parseDate(end);
  if (end <= d.date) throw new RangeError(`A range must end after it starts: ${d.date} to ${end}`);
  return end;
}

/** The first day of the period `d` stands for ("2019-11-01" for November 2019). */
export function precisePeriodStart(d: PreciseDate): string {
  const { year, month, day } = parseDate(d.date);
  if (d.precision === "year") return `${pad(year, 4)}-01-01`;
  if (d.precision === "month") return `${pad(year, 4)}-${pad(month)}-01`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The last day of the period `d` stands for ("2019-11-30" for November 2019, the range's last day). */
export function precisePeriodEnd(d: PreciseDate): string {
  const { year, month, day } = parseDate(d.date);
  if (d.precision === "year") return `${pad(year, 4)}-12-31`;
  if (d.precision === "month") return `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}`;
  if (d.precision === "range") return rangeEnd(d);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The first and last day of `part` of a month ("late" November 2019: 21 to 30 November). */
export function monthPartRange(yearMonth: { year: number; month: number }, part: MonthPart): PreciseDate {
  const { year, month } = yearMonth;
  const [first, last] =
    part === "early" ? [1, 10] : part === "mid" ? [11, 20] : [21, daysInMonth(year, month)];
  const ym = `${pad(year, 4)}-${pad(month)}`;
  return { date: `${ym}-${pad(first)}`, precision: "range", end: `${ym}-${pad(last)}` };
}

/** How a range is said: "28 or 29 September", "early/mid/late November", or "between … and …". */
export function rangeShape(d: PreciseDate): RangeShape {
  const start = parseDate(d.date);
  const endDate = rangeEnd(d);
  const end = parseDate(endDate);
  const next = new Date(Date.UTC(start.year, start.month - 1, start.day + 1)).toISOString().slice(0, 10);
  if (next === endDate) return "twoDays";
  if (start.year === end.year && start.month === end.month) {
    if (start.day === 1 && end.day === 10) return "early";
    if (start.day === 11 && end.day === 20) return "mid";
    if (start.day === 21 && end.day === daysInMonth(end.year, end.month)) return "late";
  }
  return "between";
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

/**
 * The value for a `<time dateTime>` attribute, no more precise than the date: "2020-03-03",
 * "2019-11", "2019". A range gives the month or year both its ends fall in, since the
 * attribute holds no range.
 */
export function preciseDateTime(d: PreciseDate): string {
  const { year, month, day } = parseDate(d.date);
  if (d.precision === "range") {
    const end = parseDate(rangeEnd(d));
    // Across a new year no single period holds both ends; the start's year is the nearest.
    return end.year === year && end.month === month ? `${pad(year, 4)}-${pad(month)}` : pad(year, 4);
  }
  if (d.precision === "year") return pad(year, 4);
  if (d.precision === "month") return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

type FormatStyle = "day" | "month" | "year" | "dayMonth" | "dayOnly";

const FORMAT_OPTIONS: Record<FormatStyle, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
  dayMonth: { day: "numeric", month: "long" },
  dayOnly: { day: "numeric" },
};

function dateFormatter(locale: string, precision: FormatStyle): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    // UTC on both sides: the date is a calendar date, and no reader's zone may shift it.
    formatter = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...FORMAT_OPTIONS[precision] });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

function formatAs(date: string, style: FormatStyle, locale: string): string {
  return dateFormatter(locale, style).format(new Date(`${date}T00:00:00Z`));
}

/**
 * Whether a language writes the year first ("2020년 3월 3일") rather than last ("3 March
 * 2020"): of two dates side by side, it drops what they share from the later one
 * ("2017년 9월 28일 또는 29일"), where a year-last language drops it from the earlier one
 * ("28 or 29 September 2017"). Read from Intl, so no language is named here.
 */
function writesYearFirst(locale: string): boolean {
  const parts = dateFormatter(locale, "day").formatToParts(new Date(0));
  return parts.find((p) => p.type !== "literal")?.type === "year";
}

/**
 * What a language says around dates that Intl does not: two days ("{first} or {last}"),
 * a span ("between {first} and {last}"), a part of a month ("late {month}"). Each
 * language's words are in its catalog ("dates"); lib/i18n/dates.ts passes them in.
 */
export type DateWords = {
  twoDays: (dates: { first: string; last: string }) => string;
  between: (dates: { first: string; last: string }) => string;
  monthPart: (values: { part: MonthPart; month: string }) => string;
};

/**
 * The date as people write it in `locale`, no more precise than known: "3 March 2020",
 * "November 2019", "2019", and for a range "28 or 29 September 2017", "early November
 * 2019", "between 3 and 7 March 2020", "between 28 September and 2 October 2017"; in
 * Korean "2020년 3월 3일", "2019년 11월 하순", "2020년 3월 3일부터 7일 사이". The words
 * around the dates are the language's (`words`); Intl writes the dates.
 */
export function wordPreciseDate(d: PreciseDate, locale: string, words: DateWords): string {
  const start = precisePeriodStart(d);
  if (d.precision !== "range") return formatAs(start, d.precision, locale);
  const end = rangeEnd(d);
  const shape = rangeShape(d);
  if (shape !== "twoDays" && shape !== "between")
    return words.monthPart({ part: shape, month: formatAs(start, "month", locale) });
  // The one of the two dates that leaves out what both share: "28" of "28 or 29 September".
  const short: FormatStyle =
    start.slice(0, 7) === end.slice(0, 7)
      ? "dayOnly"
      : start.slice(0, 4) === end.slice(0, 4)
        ? "dayMonth"
        : "day";
  const yearFirst = writesYearFirst(locale);
  const first = formatAs(start, yearFirst ? "day" : short, locale);
  const last = formatAs(end, yearFirst ? short : "day", locale);
  return words[shape]({ first, last });
}
