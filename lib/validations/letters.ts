import { z } from "zod";
import { editedFromField } from "@/lib/actions/stale-edit";

/*
 * The letter forms' schemas, shared by the staff forms and the server actions. Values
 * arrive from FormData as strings: an empty optional field becomes null, a ticked
 * checkbox arrives as "on". Signing-window times are typed in the target's time zone
 * (the zone its response deadlines are counted in) and converted by the action, which
 * knows the target; `zonedLocalToInstant` below does the conversion.
 */

export const WHO_CAN_SIGN = ["organisations", "individuals", "both"] as const;
export const DEADLINE_RULES = ["none", "date", "calendar_days", "working_days"] as const;
export const DATE_PRECISIONS = ["day", "month", "year"] as const;

export type WhoCanSign = (typeof WHO_CAN_SIGN)[number];
export type DeadlineRuleValue = (typeof DEADLINE_RULES)[number];

/** The longest response deadline in days: ten years, far beyond any real one. */
export const MAX_DEADLINE_DAYS = 3650;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** Whether y-m-d names a real calendar day ("2021-02-29" does not). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  return (
    m !== null &&
    isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3])) &&
    Number(m[4]) < 24 &&
    Number(m[5]) < 60
  );
}

/** A URL-safe slug from a title: "Letter to President Moon, 2019" → "letter-to-president-moon-2019". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 100)
    .replace(/-$/, "");
}

/** A form value as a string; a missing field reads as "". */
const formString = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" ? v : v === undefined || v === null ? "" : v), schema);

/** A ticked checkbox sends "on"; an unticked one sends nothing. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const optional = <T>(check: (v: string) => boolean, message: string, parse: (v: string) => T) =>
  formString(
    z
      .string()
      .trim()
      .refine((v) => v === "" || check(v), { message })
      .transform((v) => (v === "" ? null : parse(v))),
  );

const isoDate = (message: string) => optional(isIsoDate, message, (v) => v);

const letterFields = z.object({
  title: formString(
    z
      .string()
      .trim()
      .min(1, { message: "letter.titleRequired" })
      .max(300, { message: "letter.titleTooLong" }),
  ),
  /** Empty means "make one from the title". */
  slug: formString(
    z
      .string()
      .trim()
      .toLowerCase()
      .max(100, { message: "letter.slugTooLong" })
      .refine((v) => v === "" || SLUG.test(v), { message: "letter.slugInvalid" }),
  ),
  addressee: formString(
    z
      .string()
      .trim()
      .min(1, { message: "letter.addresseeRequired" })
      .max(300, { message: "letter.addresseeTooLong" }),
  ),
  // Browsers post textarea line breaks as CRLF; the stored text uses LF, so an
  // unchanged text compares equal and never starts a new version by accident.
  bodyMarkdown: formString(
    z
      .string()
      .max(100_000, { message: "letter.bodyTooLong" })
      .transform((v) => v.replace(/\r\n?/g, "\n")),
  ),
  whoCanSign: z.enum(WHO_CAN_SIGN, { message: "letter.whoCanSignInvalid" }),
  requiresApproval: checkbox,
  /** "YYYY-MM-DDTHH:mm" in the target's time zone, or null for no limit. */
  signingOpensAt: optional(isLocalDateTime, "letter.dateTimeInvalid", (v) => v.slice(0, 16)),
  signingClosesAt: optional(isLocalDateTime, "letter.dateTimeInvalid", (v) => v.slice(0, 16)),
  deadlineRule: z.enum(DEADLINE_RULES, { message: "letter.deadlineRuleInvalid" }),
  deadlineDate: isoDate("letter.dateInvalid"),
  deadlineDays: optional(
    (v) => /^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_DEADLINE_DAYS,
    "letter.deadlineDaysInvalid",
    Number,
  ),
  sourceUrl: optional(
    (v) => {
      if (v.length > 2000) return false;
      try {
        const url = new URL(v);
        return url.protocol === "https:" || url.protocol === "http:";
      } catch {
        return false;
      }
    },
    "letter.sourceUrlInvalid",
    (v) => v,
  ),
});

type LetterFieldsOutput = z.output<typeof letterFields>;

/** Cross-field rules: the deadline rule's own input, and a window that closes after it opens. */
function checkLetter(value: LetterFieldsOutput, ctx: z.RefinementCtx): void {
  if (value.deadlineRule === "date" && value.deadlineDate === null) {
    ctx.addIssue({ code: "custom", path: ["deadlineDate"], message: "letter.deadlineDateRequired" });
  }
  if (
    (value.deadlineRule === "calendar_days" || value.deadlineRule === "working_days") &&
    value.deadlineDays === null
  ) {
    ctx.addIssue({ code: "custom", path: ["deadlineDays"], message: "letter.deadlineDaysRequired" });
  }
  // Both are wall-clock times in the same zone, so the strings compare like the times.
  if (value.signingOpensAt && value.signingClosesAt && value.signingClosesAt <= value.signingOpensAt) {
    ctx.addIssue({ code: "custom", path: ["signingClosesAt"], message: "letter.windowOrder" });
  }
}

/** Only the input the chosen rule uses is kept; the database insists on it. */
function normaliseDeadline<T extends LetterFieldsOutput>(value: T): T {
  return {
    ...value,
    deadlineDate: value.deadlineRule === "date" ? value.deadlineDate : null,
    deadlineDays:
      value.deadlineRule === "calendar_days" || value.deadlineRule === "working_days"
        ? value.deadlineDays
        : null,
  };
}

export const createLetterSchema = letterFields
  .extend({ campaignId: formString(z.uuid({ message: "letter.campaignRequired" })) })
  .superRefine(checkLetter)
  .transform(normaliseDeadline);

export const updateLetterSchema = letterFields
  .extend({
    id: z.uuid(),
    editedFrom: editedFromField,
    /** Ticked to accept that a changed text becomes a new version others have not signed. */
    confirmNewVersion: checkbox,
  })
  .superRefine(checkLetter)
  .transform(normaliseDeadline);

export type CreateLetterInput = z.output<typeof createLetterSchema>;
export type UpdateLetterInput = z.output<typeof updateLetterSchema>;

export const letterIdSchema = z.object({ id: z.uuid() });

export const sendLetterSchema = z.object({
  id: z.uuid(),
  sentOn: formString(
    z
      .string()
      .trim()
      .min(1, { message: "letter.sentOnRequired", abort: true })
      .refine(isIsoDate, { message: "letter.dateInvalid" }),
  ),
  sentPrecision: z.enum(DATE_PRECISIONS, { message: "letter.precisionInvalid" }).default("day"),
});

// ── Wall-clock times in a time zone ──────────────────────────────────────────

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneParts(instantMs: number, timeZone: string): Record<string, number> {
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    zoneFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const p of formatter.formatToParts(new Date(instantMs))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return parts;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const p = zoneParts(instantMs, timeZone);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a wall-clock time ("2026-03-01T09:00") names in `timeZone`. A time that a
 * daylight-saving change skips is read with the offset in force just after the change.
 */
export function zonedLocalToInstant(local: string, timeZone: string): Date {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) throw new RangeError(`Not a local date and time: ${JSON.stringify(local)}`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const guess = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(guess, timeZone));
}

/** The value for a datetime-local input showing `date` on the wall clock of `timeZone`. */
export function instantToZonedLocal(date: Date, timeZone: string): string {
  const p = zoneParts(date.getTime(), timeZone);
  const pad = (n: number | undefined, w = 2) => String(n ?? 0).padStart(w, "0");
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
