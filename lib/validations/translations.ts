import "server-only";
import { z } from "zod";
import { editedFromField } from "@/lib/actions/stale-edit";
import { isCalendarDate } from "@/lib/domain/dates";
import { LOCALES } from "@/lib/domain/locales";
import { blankToNull, requiredText } from "./fields";

/*
 * The translation forms' schemas: a letter's title, addressee line and text in another
 * language, or a campaign's, ask's, event's or response's wording. Values arrive from
 * FormData as strings, "" meaning "not given". Messages are keys under "errors".
 */

const locale = z.enum(LOCALES, { message: "translation.localeInvalid" });

/** Browsers post textarea line breaks as CRLF; the stored text uses LF, like the original's. */
const longText = (max: number, tooLong: { message: string }) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : (v ?? "")),
    z.string().trim().max(max, tooLong),
  );

/** A translated field that may be left empty (not translated yet): null then. */
const optionalField = (max: number, tooLong: { message: string }) =>
  z.preprocess(blankToNull, longText(max, tooLong).nullable().default(null));

export const letterTranslationSchema = z.object({
  letterId: z.uuid({ message: "translation.recordNotFound" }),
  locale,
  title: requiredText(300, { message: "letter.titleRequired" }, { message: "letter.titleTooLong" }),
  addressee: requiredText(
    300,
    { message: "letter.addresseeRequired" },
    { message: "letter.addresseeTooLong" },
  ),
  bodyMarkdown: longText(100_000, { message: "letter.bodyTooLong" }),
  /** The day it was published, as the letter page says. */
  addedOn: z.string({ message: "date.invalid" }).trim().refine(isCalendarDate, { message: "date.invalid" }),
  editedFrom: editedFromField,
});
export type LetterTranslationInput = z.output<typeof letterTranslationSchema>;

export const letterTranslationDeleteSchema = z.object({
  letterId: z.uuid({ message: "translation.recordNotFound" }),
  locale,
});

/** Every field a campaign, ask, event or response translates; each kind reads its own (TRANSLATABLE_FIELDS). */
export const contentTranslationSchema = z.object({
  id: z.uuid({ message: "translation.recordNotFound" }),
  locale,
  title: optionalField(300, { message: "title.tooLong" }),
  summary: optionalField(5000, { message: "summary.tooLong" }),
  description: optionalField(5000, { message: "text.tooLong" }),
  editedFrom: editedFromField,
});
export type ContentTranslationInput = z.output<typeof contentTranslationSchema>;

export const contentTranslationDeleteSchema = z.object({
  id: z.uuid({ message: "translation.recordNotFound" }),
  locale,
});

/** The language a letter or campaign is written in: its original's. */
export const originalLanguageSchema = z.object({
  id: z.uuid({ message: "translation.recordNotFound" }),
  locale,
});
