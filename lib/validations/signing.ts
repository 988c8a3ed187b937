import "server-only";
import { z } from "zod";
import { LOCALES } from "@/lib/domain/locales";
import { SIGNATURE_VISIBILITIES } from "@/lib/domain/signatures";
import { TOKEN_PATTERN } from "@/lib/domain/tokens";
import { emailSchema } from "./auth";
import { requiredText } from "./fields";
import { AFFILIATION_MAX, NAME_MAX, REASON_MAX } from "./form-fields";
import { requestLocale } from "./locale";
import { nameField } from "./names";

/*
 * The signing forms' schemas, shared by the server actions and the JSON route. Values
 * arrive as FormData strings or as JSON; an empty optional field becomes undefined.
 * Messages are catalog keys under "errors." (see fieldErrorsFrom).
 */

/** The most signatures one moderation request may decide. */
export const MODERATION_BATCH_MAX = 200;

const blankToUndefined = (value: unknown) => {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" && value.trim() === "") return undefined;
  return value;
};

const letterId = z.uuid({ message: "signing.letterNotFound" });

const visibility = z.enum(SIGNATURE_VISIBILITIES, { message: "visibility.required" });

/**
 * The text the sign page showed: its language and the letter's version it was. Absent
 * (a JSON client), the signature endorses the current original; garbled, it is refused
 * as a text that changed.
 */
const textShown = {
  textLocale: z.preprocess(blankToUndefined, z.enum(LOCALES, { message: "signing.textChanged" }).optional()),
  letterVersion: z.preprocess(
    (v) => (typeof v === "string" ? (blankToUndefined(v) === undefined ? undefined : Number(v)) : v),
    z.int({ message: "signing.textChanged" }).min(1, { message: "signing.textChanged" }).optional(),
  ),
};

const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, { message: "field.tooLong" }).optional());

/**
 * What a signatory says of themselves and the public list shows: the sign form asks for
 * it, and the confirmation page lets the address's owner correct it, by the same rules.
 */
const signatoryDetails = {
  name: nameField(requiredText(NAME_MAX, { message: "name.required" }, { message: "name.tooLong" })),
  titleAffiliation: nameField(optionalText(AFFILIATION_MAX)),
  /** ISO 3166-1 alpha-2, as the public lists show it. */
  country: z.preprocess(
    (v) => {
      const value = blankToUndefined(v);
      return typeof value === "string" ? value.trim().toUpperCase() : value;
    },
    z
      .string({ message: "country.invalid" })
      .regex(/^[A-Z]{2}$/, { message: "country.invalid" })
      .optional(),
  ),
  visibility,
};

export const individualSignatureSchema = z.object({
  letterId,
  ...textShown,
  ...signatoryDetails,
  email: z.preprocess((v) => v ?? "", emailSchema),
  /** The language of the form: its confirmation e-mail's, and the signature's from then on. */
  locale: requestLocale,
  /** The honeypot: hidden from people, so any value means a program filled the form. */
  website: z
    .unknown()
    .optional()
    .transform((v) => typeof v === "string" && v.trim() !== ""),
  /** When the form was shown (ms since the epoch); missing or garbled is a bot signal, not an error. */
  startedAt: z
    .preprocess(
      (v) => (typeof v === "string" ? Number(blankToUndefined(v) ?? Number.NaN) : v),
      z.number().finite().optional(),
    )
    .catch(undefined),
});
export type IndividualSignatureInput = z.output<typeof individualSignatureSchema>;

export const organisationSignatureSchema = z.object({
  letterId,
  ...textShown,
  organisationId: z.uuid({ message: "signing.organisationRequired" }),
  visibility,
});

export const withdrawSignatureSchema = z.object({
  signatureId: z.uuid({ message: "signing.signatureNotFound" }),
  organisationId: z.uuid({ message: "signing.signatureNotFound" }),
});

/**
 * Confirming from the e-mail's link, with the details as the owner of the address
 * corrected them on the confirmation page, checked as the sign form's are. Without a
 * name (a bare POST of the token), the details stay as they were signed.
 */
export const confirmSignatureSchema = z
  .object({
    token: z
      .string({ message: "signing.tokenInvalid" })
      .regex(TOKEN_PATTERN, { message: "signing.tokenInvalid" }),
    ...signatoryDetails,
    name: signatoryDetails.name.optional(),
    visibility: signatoryDetails.visibility.optional(),
    /** Present when the form offered the choice: then an unticked box means "no news". */
    newsChoice: z.unknown().optional(),
    notifyUpdates: z.unknown().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.name !== undefined && value.visibility === undefined) {
      ctx.addIssue({ code: "custom", path: ["visibility"], message: "visibility.required" });
    }
  })
  // Whether the signer hears the letter's news: ticked by default; left as it is (on) by a bare POST.
  .transform(({ newsChoice, notifyUpdates, ...rest }) => ({
    ...rest,
    notifyUpdates:
      newsChoice === undefined
        ? undefined
        : notifyUpdates === true ||
          notifyUpdates === "on" ||
          notifyUpdates === "true" ||
          notifyUpdates === "1",
  }));
export type ConfirmSignatureInput = z.output<typeof confirmSignatureSchema>;

/** One id (a row's own button) or many (ticked boxes) arrive as a string or a list. */
const signatureIds = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.uuid({ message: "signing.selectionRequired" }))
    .min(1, { message: "signing.selectionRequired" })
    .max(MODERATION_BATCH_MAX, { message: "signing.selectionTooLarge" }),
);

export const approveSignaturesSchema = z.object({ ids: signatureIds });

export const rejectSignaturesSchema = z.object({
  ids: signatureIds,
  reason: requiredText(
    REASON_MAX,
    { message: "signing.reasonRequired" },
    { message: "signing.reasonTooLong" },
  ),
});
