import "server-only";
import { z } from "zod";
import { editedFromField } from "@/lib/actions/stale-edit";
import { DATE_ENTRY_CHOICES, isCalendarDate } from "@/lib/domain/dates";
import { DEADLINE_RULES } from "@/lib/domain/deadlines";
import { isRetentionMonths } from "@/lib/domain/personal-data";
import { LETTER_SIGNERS } from "@/lib/domain/signatures";
import { isSlug, SLUG_MAX } from "@/lib/domain/slug";
import { isLocalDateTime } from "@/lib/domain/time-zones";
import { blankToNull, monthPart, rangeEnd, readPreciseDate } from "./fields";
import {
  LETTER_ADDRESSEE_FIELD,
  LETTER_TARGET_FIELD,
  LETTER_TARGETS_SHOWN,
  MAX_DEADLINE_DAYS,
} from "./form-fields";

/*
 * The letter forms' schemas, shared by the staff forms and the server actions. Values
 * arrive from FormData as strings: an empty optional field becomes null, a ticked
 * checkbox arrives as "on". Signing-window times are typed in the target's time zone
 * (the zone its response deadlines are counted in) and converted by the action, which
 * knows the target; `zonedLocalToInstant` (lib/domain/time-zones) does the conversion.
 */

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

const isoDate = (message: string) => optional(isCalendarDate, message, (v) => v);

/** The longest title or addressee line. */
const LINE_MAX = 300;

/** A line of text the letter must have: its title, its addressee line. */
const requiredLine = (required: { message: string }, tooLong: { message: string }) =>
  formString(z.string().trim().min(1, required).max(LINE_MAX, tooLong));

const letterFields = z.object({
  title: requiredLine({ message: "letter.titleRequired" }, { message: "letter.titleTooLong" }),
  /** Empty means "make one from the title". */
  slug: formString(
    z
      .string()
      .trim()
      .toLowerCase()
      .max(SLUG_MAX, { message: "letter.slugTooLong" })
      .refine((v) => v === "" || isSlug(v), { message: "letter.slugInvalid" }),
  ),
  addressee: requiredLine({ message: "letter.addresseeRequired" }, { message: "letter.addresseeTooLong" }),
  // Browsers post textarea line breaks as CRLF; the stored text uses LF, so an
  // unchanged text compares equal and never starts a new version by accident.
  bodyMarkdown: formString(
    z
      .string()
      .max(100_000, { message: "letter.bodyTooLong" })
      .transform((v) => v.replace(/\r\n?/g, "\n")),
  ),
  whoCanSign: z.enum(LETTER_SIGNERS, { message: "letter.whoCanSignInvalid" }),
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
  /** Months signers' personal data is kept after closing; empty: the site's period. */
  retentionMonths: optional(
    (v) => /^\d{1,3}$/.test(v) && isRetentionMonths(Number(v)),
    "letter.retentionMonthsInvalid",
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

/** A target chosen on the form, with the line typed for it (null: the letter's own). */
export type ChosenTarget = { targetId: string; addressee: string | null };

/** At most every UN member state, and some others. */
export const MAX_LETTER_TARGETS = 250;

function collectTargets(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const input = value as Record<string, unknown>;
  if ("targets" in input) return input;
  if (!input[LETTER_TARGETS_SHOWN]) return { ...input, targets: null };
  const targets: Array<{ targetId: string; addressee: unknown }> = [];
  for (const [key, ticked] of Object.entries(input)) {
    if (!key.startsWith(LETTER_TARGET_FIELD) || !ticked) continue;
    const targetId = key.slice(LETTER_TARGET_FIELD.length);
    targets.push({ targetId, addressee: input[`${LETTER_ADDRESSEE_FIELD}${targetId}`] ?? "" });
  }
  return { ...input, targets };
}

const targetLine = formString(
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v)),
);

const targetFields = {
  /** Null when the form did not show the targets: they stay as they are. */
  targets: z
    .array(z.object({ targetId: z.uuid({ message: "letter.targetNotFound" }), addressee: targetLine }))
    .max(MAX_LETTER_TARGETS, { message: "letter.tooManyTargets" })
    .nullable()
    .default(null),
  /** Add every government member of a body at this session. */
  membersSessionId: optional(
    (v) => z.uuid().safeParse(v).success,
    "letter.sessionNotFound",
    (v) => v,
  ),
  /** The line those members are addressed by; empty: the letter's own. */
  membersAddressee: targetLine,
};

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

type TargetFieldsOutput = {
  targets: ChosenTarget[] | null;
  membersSessionId: string | null;
  membersAddressee: string | null;
};

/** Someone to send it to, and addressee lines no longer than the letter's own may be. */
function checkTargets(value: TargetFieldsOutput, ctx: z.RefinementCtx): void {
  if (value.targets !== null && value.targets.length === 0 && value.membersSessionId === null) {
    ctx.addIssue({ code: "custom", path: ["targets"], message: "letter.targetsRequired" });
  }
  for (const target of value.targets ?? []) {
    if (target.addressee !== null && target.addressee.length > LINE_MAX) {
      ctx.addIssue({
        code: "custom",
        path: [`${LETTER_ADDRESSEE_FIELD}${target.targetId}`],
        message: "letter.addresseeTooLong",
      });
    }
  }
  if (value.membersAddressee !== null && value.membersAddressee.length > LINE_MAX) {
    ctx.addIssue({ code: "custom", path: ["membersAddressee"], message: "letter.addresseeTooLong" });
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

export const createLetterSchema = z.preprocess(
  collectTargets,
  letterFields
    .extend({ campaignId: formString(z.uuid({ message: "letter.campaignRequired" })), ...targetFields })
    .superRefine(checkLetter)
    .superRefine(checkTargets)
    .transform(normaliseDeadline),
);

export const updateLetterSchema = z.preprocess(
  collectTargets,
  letterFields
    .extend({
      id: z.uuid(),
      editedFrom: editedFromField,
      /** Ticked to accept that a changed text becomes a new version others have not signed. */
      confirmNewVersion: checkbox,
      ...targetFields,
    })
    .superRefine(checkLetter)
    .superRefine(checkTargets)
    .transform(normaliseDeadline),
);

export type CreateLetterInput = z.output<typeof createLetterSchema>;
export type UpdateLetterInput = z.output<typeof updateLetterSchema>;

export const letterIdSchema = z.object({ id: z.uuid() });

export const sendLetterSchema = z
  .object({
    id: z.uuid(),
    sentOn: formString(
      z
        .string()
        .trim()
        .min(1, { message: "letter.sentOnRequired", abort: true })
        .refine(isCalendarDate, { message: "letter.dateInvalid" }),
    ),
    sentPrecision: z.enum(DATE_ENTRY_CHOICES, { message: "letter.precisionInvalid" }).default("day"),
    sentOnEnd: rangeEnd,
    sentOnPart: monthPart,
    /** A letter from the record: the day signing opened, if the source says; blank when not known. */
    openedOn: z.preprocess(
      blankToNull,
      z.string().trim().refine(isCalendarDate, { message: "letter.dateInvalid" }).nullable().default(null),
    ),
  })
  .transform(({ sentOnEnd: end, sentOnPart: part, ...v }, ctx) => {
    // "March 2020" is stored as its first day, a range as its first day and its last.
    const sent = readPreciseDate({ date: v.sentOn, choice: v.sentPrecision, end, part }, "sentOn", ctx);
    if (!sent) return z.NEVER;
    return { ...v, sentOn: sent.date, sentPrecision: sent.precision, sentEnd: sent.end };
  });
