import "server-only";
import { z } from "zod";
import { DECLINE_REASON_MAX } from "@/lib/domain/personal-data";
import { DATA_LINK_TOKEN_PATTERN } from "@/lib/domain/tokens";
import { emailSchema } from "./auth";
import { requestLocale } from "./locale";

/*
 * The "your data" forms' schemas: asking for a link, and what the link's page lets its
 * holder do; and the staff's erasure queue. Messages are catalog keys under "errors.".
 */

export const requestDataLinkSchema = z.object({
  email: z.preprocess((v) => v ?? "", emailSchema),
  locale: requestLocale,
});

/** The link's token, as the page's forms send it back. */
const token = z.string({ message: "privacy.linkInvalid" }).regex(DATA_LINK_TOKEN_PATTERN, {
  message: "privacy.linkInvalid",
});

export const withdrawOwnSignatureSchema = z.object({
  token,
  signatureId: z.uuid({ message: "signing.signatureNotFound" }),
});

/** The page's language, so the answer to the request is written in it. */
export const requestErasureSchema = z.object({ token, locale: requestLocale });

export const eraseRequestSchema = z.object({ requestId: z.uuid({ message: "privacy.requestNotFound" }) });

export const declineRequestSchema = z.object({
  requestId: z.uuid({ message: "privacy.requestNotFound" }),
  reason: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z
      .string()
      .min(1, { message: "privacy.declineReasonRequired" })
      .max(DECLINE_REASON_MAX, { message: "privacy.declineReasonTooLong" }),
  ),
});
