import "server-only";
import { z } from "zod";
import { FOLLOW_LEVELS } from "@/lib/domain/following";
import { TOKEN_PATTERN } from "@/lib/domain/tokens";
import { emailSchema } from "./auth";
import { requestLocale } from "./locale";

/*
 * The following forms' schemas, shared by their server actions, the follow form's route
 * handler and the one-click unsubscribe endpoint. Messages are keys under "errors.".
 */

const level = z.enum(FOLLOW_LEVELS, { message: "following.levelRequired" });

const slug = z
  .string({ message: "following.targetNotFound" })
  .trim()
  .min(1, { message: "following.targetNotFound" })
  .max(200, { message: "following.targetNotFound" });

/** A single-use or manage link's token, as the e-mail carried it. */
const token = z
  .string({ message: "following.tokenInvalid" })
  .regex(TOKEN_PATTERN, { message: "following.tokenInvalid" });

/** Asking to follow a campaign (or one of its letters, by slug) from its page. */
export const followRequestSchema = z.object({
  campaign: slug,
  letter: z.preprocess((v) => (v === "" || v === null ? undefined : v), slug.optional()),
  email: z.preprocess((v) => v ?? "", emailSchema),
  level,
  /** The language of the page: the follow's e-mails'. */
  locale: requestLocale,
});
export type FollowRequestInput = z.output<typeof followRequestSchema>;

export const followConfirmSchema = z.object({ token });

/** A signer, on their confirmation page, follows the letter's campaign. */
export const followFromSignatureSchema = z.object({ token, level });

/** A signed-in member follows a campaign with their account's address. */
export const followFromAccountSchema = z.object({
  campaignId: z.uuid({ message: "following.targetNotFound" }),
  level,
  locale: requestLocale,
});

export const stopAccountFollowSchema = z.object({
  followId: z.uuid({ message: "following.subscriptionNotFound" }),
});

/** Asking for a link to manage one's subscriptions. */
export const subscriptionsLinkSchema = z.object({
  email: z.preprocess((v) => v ?? "", emailSchema),
  locale: requestLocale,
});

/** On the manage page: change what one follow hears, or stop it. */
export const changeFollowSchema = z.object({
  token,
  followId: z.uuid({ message: "following.subscriptionNotFound" }),
  level: z.enum([...FOLLOW_LEVELS, "stop"], { message: "following.levelRequired" }),
});

/** On the manage page: a signature's news on or off. */
export const signatureNewsSchema = z.object({
  token,
  signatureId: z.uuid({ message: "following.subscriptionNotFound" }),
  notify: z.enum(["on", "off"], { message: "following.subscriptionNotFound" }),
});

/** An unsubscribe link's token (lib/domain/unsubscribe-token.ts). */
export const unsubscribeSchema = z.object({ token });
