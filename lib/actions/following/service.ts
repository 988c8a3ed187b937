import "server-only";
import type { Db, Tx } from "@/db";
import {
  type FollowTarget,
  insertFollowToken,
  insertManageToken,
  requestFollow,
} from "@/db/queries/following";
import { hitRateLimits } from "@/db/queries/rate-limits";
import { ActionError, type ActionResult } from "@/lib/actions/result";
import { normaliseEmail } from "@/lib/domain/email";
import {
  FOLLOW_CONFIRMATION_TTL_MS,
  FollowingRefused,
  type FollowLevel,
  MANAGE_LINK_TTL_MS,
} from "@/lib/domain/following";
import { type Locale, localePath } from "@/lib/domain/locales";
import type { FollowingLimits } from "@/lib/domain/rate-limit-config";
import { createToken } from "@/lib/domain/tokens";
import { followConfirmPath, manageSubscriptionsPath } from "@/lib/domain/urls";
import { deliverAfterResponse, enqueueMail, type QueuedMail } from "@/lib/mail";
import { alreadyFollowingMail, followConfirmationMail, manageLinkMail } from "@/lib/mail/notification-mail";
import { pseudonym } from "@/lib/server/secrets";

/*
 * Following around its queries: the rate limits, the links and their e-mails, and what
 * the person who filled a form learns. Also the one place where a following refusal
 * (FollowingRefused, thrown by the queries) becomes the action's ActionError.
 */

/** Runs following work, turning its refusals into the action's error. */
export async function followingRefusalsAsActionErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof FollowingRefused) throw new ActionError(error.messageKey, error.field, error.values);
    throw error;
  }
}

/**
 * Counts a request against the following limits: per connection, and per address (each
 * request may send that address an e-mail). Past either, the request is refused with
 * the minutes to wait.
 */
export async function countFollowingRequest(
  tx: Tx,
  { ip, email, limits, now = new Date() }: { ip: string; email: string; limits: FollowingLimits; now?: Date },
): Promise<void> {
  const checks = [
    {
      key: `follow:ip:${pseudonym(ip)}`,
      windowSeconds: 300,
      limit: limits.perIpPer5Minutes,
      message: "errors.following.rateLimited",
    },
    {
      key: `follow:email:${pseudonym(normaliseEmail(email))}`,
      windowSeconds: 3600,
      limit: limits.perEmailPerHour,
      message: "errors.following.emailRateLimited",
      field: "email",
    },
  ].filter((check) => check.limit > 0);
  const counts = await hitRateLimits(tx, checks, now);
  for (const [i, check] of checks.entries()) {
    const { count, resetsAt } = counts[i]!;
    if (count > check.limit) {
      const minutes = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 60_000));
      throw new ActionError(check.message, check.field, { minutes });
    }
  }
}

/** A fresh link to manage an address's subscriptions, stored (its hash) in the caller's transaction. */
export async function newManageLink(
  tx: Tx,
  {
    email,
    siteUrl,
    locale,
    now = new Date(),
  }: { email: string; siteUrl: string; locale: Locale; now?: Date },
): Promise<string> {
  const { token, hash } = createToken();
  await insertManageToken(tx, { email, hash, expiresAt: new Date(now.getTime() + MANAGE_LINK_TTL_MS) });
  return `${siteUrl}${localePath(locale, manageSubscriptionsPath(token))}`;
}

/** What the person who asked to follow learns: always the same, whoever they are. */
export type FollowRequestResult = {
  status: "check_email";
  /** Outbox messages to deliver after commit; never sent to the browser. */
  mail: QueuedMail[];
};

/**
 * Asks to follow: a new (or stopped, or unconfirmed) follow gets a confirmation link; an
 * address that already follows gets a note with a link to manage its subscriptions.
 * Only the address's owner learns which.
 */
export async function askToFollow(
  tx: Tx,
  {
    email,
    target,
    level,
    locale,
    siteUrl,
    now = new Date(),
  }: { email: string; target: FollowTarget; level: FollowLevel; locale: Locale; siteUrl: string; now?: Date },
): Promise<FollowRequestResult> {
  const follow = await requestFollow(tx, { email, target, level, locale, now });
  const thing = { campaignTitle: target.campaignTitle, letterTitle: target.letterTitle };
  if (follow.state === "active") {
    const manageLink = await newManageLink(tx, { email, siteUrl, locale, now });
    const note = alreadyFollowingMail({ thing, manageLink, siteUrl, locale });
    const queued = await enqueueMail(tx, { ...note, locale, to: email, kind: "follow_already" });
    return { status: "check_email", mail: queued ? [queued] : [] };
  }
  const { token, hash } = createToken();
  await insertFollowToken(tx, {
    followId: follow.followId,
    hash,
    expiresAt: new Date(now.getTime() + FOLLOW_CONFIRMATION_TTL_MS),
  });
  const mail = followConfirmationMail({
    thing,
    level,
    link: `${siteUrl}${localePath(locale, followConfirmPath(token))}`,
    siteUrl,
    locale,
  });
  const queued = await enqueueMail(tx, { ...mail, locale, to: email, kind: "follow_confirmation" });
  return { status: "check_email", mail: queued ? [queued] : [] };
}

/** A manage link for an address that has something to manage, e-mailed to it; nothing otherwise. */
export async function sendManageLink(
  tx: Tx,
  {
    email,
    siteUrl,
    locale,
    now = new Date(),
  }: { email: string; siteUrl: string; locale: Locale; now?: Date },
): Promise<FollowRequestResult> {
  const link = await newManageLink(tx, { email, siteUrl, locale, now });
  const queued = await enqueueMail(tx, {
    ...manageLinkMail({ link, siteUrl, locale }),
    locale,
    to: email,
    kind: "subscriptions_link",
  });
  return { status: "check_email", mail: queued ? [queued] : [] };
}

/** After a committed request that may have queued e-mail: deliver it, and drop what the client must not see. */
export async function finishMailingRequest(
  result: ActionResult<FollowRequestResult>,
  { db }: { db?: Db } = {},
): Promise<ActionResult<{ status: "check_email" }>> {
  if (!result.ok) return result;
  await deliverAfterResponse(result.data.mail, { db });
  return { ok: true, data: { status: "check_email" } };
}
