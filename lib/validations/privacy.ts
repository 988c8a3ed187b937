import "server-only";
import { z } from "zod";
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

export const requestErasureSchema = z.object({ token });

export const eraseRequestSchema = z.object({ requestId: z.uuid({ message: "privacy.requestNotFound" }) });
