import "server-only";
import { z } from "zod";
import {
  DATE_ENTRY_CHOICES,
  type DateEntryChoice,
  type DatePrecision,
  isCalendarDate,
  MONTH_PARTS,
  type MonthPart,
  monthPartRange,
  precisePeriodStart,
} from "@/lib/domain/dates";

/*
 * Field pieces every form's schema shares. A form posts strings, with "" meaning "not
 * given"; messages are keys under "errors" in messages/en/core.json, passed as zod takes
 * them ({ message }), so the catalog test finds them at the call.
 */

/** "" (or only spaces), undefined and null are all "not given": null. */
export const blankToNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;

/** A checkbox: present ("on", "true") means yes. */
export const checkbox = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "1",
  z.boolean(),
);

/** Text that must be given: trimmed, not empty (nor missing), at most `max` characters. */
export const requiredText = (max: number, required: { message: string }, tooLong: { message: string }) =>
  z.string(required).trim().min(1, required).max(max, tooLong);

/** A whole number from a form field, from `min` to `max`; blank is none. */
export const optionalWholeNumber = ({ min, max, message }: { min: number; max: number; message: string }) =>
  z.preprocess(
    blankToNull,
    z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message }).nullable(),
  );

/**
 * A date at its precision as a staff form posts it: the date, the precision chosen
 * (DATE_ENTRY_CHOICES), the range's last day in `${date}End` and the part of a month in
 * `${date}Part`. The same fields for every form that records a date; readPreciseDate
 * turns them into what is stored.
 */
export const precisionChoice = z.enum(DATE_ENTRY_CHOICES, { message: "choice.invalid" }).default("day");
// Read only when their choice is made (readPreciseDate checks them then): a form posts them always.
export const rangeEnd = z.preprocess(blankToNull, z.string().trim().max(20).nullable().default(null));
export const monthPart = z.preprocess(blankToNull, z.string().trim().max(20).nullable().default(null));

/** The stored form of a date from a form: its first day, its precision, and a range's last day. */
export type StoredPreciseDate = { date: string; precision: DatePrecision; end: string | null };

/**
 * Reads a posted date at its precision: a month or year is kept as its first day, a part
 * of a month becomes its range of days, and a range needs a last day after its first.
 * Problems are reported on the field that has them (`${dateKey}End`, `${dateKey}Part`);
 * returns null then, or when no date was given.
 */
export function readPreciseDate(
  input: { date: string | null; choice: DateEntryChoice; end: string | null; part: string | null },
  dateKey: string,
  ctx: z.RefinementCtx,
): StoredPreciseDate | null {
  const { date, choice, end, part } = input;
  if (date === null) return null;
  if (choice === "monthPart") {
    if (!MONTH_PARTS.includes(part as MonthPart)) {
      ctx.addIssue({ code: "custom", path: [`${dateKey}Part`], message: "date.partRequired" });
      return null;
    }
    const [year, month] = date.split("-").map(Number) as [number, number];
    const range = monthPartRange({ year, month }, part as MonthPart);
    return { date: range.date, precision: "range", end: range.end ?? null };
  }
  if (choice === "range") {
    if (end === null) {
      ctx.addIssue({ code: "custom", path: [`${dateKey}End`], message: "date.endRequired" });
      return null;
    }
    if (!isCalendarDate(end)) {
      ctx.addIssue({ code: "custom", path: [`${dateKey}End`], message: "date.invalid" });
      return null;
    }
    if (end <= date) {
      ctx.addIssue({ code: "custom", path: [`${dateKey}End`], message: "date.endNotAfter" });
      return null;
    }
    return { date, precision: "range", end };
  }
  return { date: precisePeriodStart({ date, precision: choice }), precision: choice, end: null };
}
