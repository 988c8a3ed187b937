import "server-only";
import {
  type ConfirmedFollow,
  changeFollow,
  confirmFollow,
  findCampaignFollowTarget,
  findFollowTarget,
  followConfirmed,
  getConfirmedSigner,
  getSubscriptionSubject,
  hasSubscriptions,
  readManageToken,
  setSignatureNews,
  stopCampaignNews,
} from "@/db/queries/following";
import { ActionError } from "@/lib/actions/result";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { maskEmail } from "@/lib/domain/following";
import { followingLimits } from "@/lib/domain/rate-limit-config";
import { readUnsubscribeToken } from "@/lib/domain/unsubscribe-token";
import { siteUrl } from "@/lib/server/env";
import { linkSecret } from "@/lib/server/secrets";
import {
  changeFollowSchema,
  followConfirmSchema,
  followFromAccountSchema,
  followFromSignatureSchema,
  followRequestSchema,
  signatureNewsSchema,
  stopAccountFollowSchema,
  subscriptionsLinkSchema,
  unsubscribeSchema,
} from "@/lib/validations/following";
import {
  askToFollow,
  countFollowingRequest,
  type FollowRequestResult,
  followingRefusalsAsActionErrors,
  sendManageLink,
} from "./service";

/*
 * Following's actions. Anonymous ones prove what they may change by what they carry: a
 * confirmation link's token, a manage link's token (the address it was e-mailed to), or
 * an unsubscribe token (signed, lib/domain/unsubscribe-token.ts). A signed-in member
 * follows with their account's address, which signing in has proven. No public page
 * changes: no cache tags.
 */

export const followRequestDefinition: ActionDefinition<typeof followRequestSchema, FollowRequestResult> = {
  name: "follow.request",
  access: { permission: "anyone" },
  schema: followRequestSchema,
  run: async ({ tx, input, ip }) => {
    await countFollowingRequest(tx, { ip, email: input.email, limits: followingLimits() });
    const target = await findFollowTarget(tx, { campaignSlug: input.campaign, letterSlug: input.letter });
    if (!target) throw new ActionError("errors.following.targetNotFound");
    return followingRefusalsAsActionErrors(
      askToFollow(tx, {
        email: input.email,
        target,
        level: input.level,
        locale: input.locale,
        siteUrl: siteUrl(),
      }),
    );
  },
};

/** What a confirmed follow shows its owner: what is followed, never the address. */
export type FollowConfirmed = Omit<ConfirmedFollow, "email" | "followId" | "campaignId">;

export const followConfirmDefinition: ActionDefinition<typeof followConfirmSchema, FollowConfirmed> = {
  name: "follow.confirm",
  access: { permission: "anyone" },
  schema: followConfirmSchema,
  run: async ({ tx, input }) => {
    const {
      email: _email,
      followId: _id,
      campaignId: _campaign,
      ...shown
    } = await followingRefusalsAsActionErrors(confirmFollow(tx, { token: input.token }));
    return shown;
  },
};

export const followFromSignatureDefinition: ActionDefinition<
  typeof followFromSignatureSchema,
  { campaignTitle: string }
> = {
  name: "follow.from_signature",
  access: { permission: "anyone" },
  schema: followFromSignatureSchema,
  run: async ({ tx, input }) => {
    const signer = await getConfirmedSigner(tx, { token: input.token });
    if (!signer) throw new ActionError("errors.following.signatureNotConfirmed");
    await followingRefusalsAsActionErrors(
      followConfirmed(tx, {
        email: signer.email,
        target: signer.target,
        level: input.level,
        locale: signer.locale,
      }),
    );
    return { campaignTitle: signer.target.campaignTitle };
  },
};

export const followFromAccountDefinition: ActionDefinition<
  typeof followFromAccountSchema,
  { followId: string }
> = {
  name: "follow.account",
  access: { permission: "signed_in" },
  schema: followFromAccountSchema,
  run: async ({ tx, input, actor, audit }) => {
    const target = await findCampaignFollowTarget(tx, { id: input.campaignId });
    if (!target) throw new ActionError("errors.following.targetNotFound", "campaignId");
    // Signing in needs a confirmed address (lib/auth/credentials.ts): the account's is proven.
    const follow = await followingRefusalsAsActionErrors(
      followConfirmed(tx, { email: actor!.email, target, level: input.level, locale: input.locale }),
    );
    audit({ action: "follow.account", entityType: "follow", entityId: follow.followId, after: input });
    return follow;
  },
};

export const stopAccountFollowDefinition: ActionDefinition<
  typeof stopAccountFollowSchema,
  { followId: string }
> = {
  name: "follow.account_stop",
  access: { permission: "signed_in" },
  schema: stopAccountFollowSchema,
  run: async ({ tx, input, actor, audit }) => {
    await followingRefusalsAsActionErrors(
      changeFollow(tx, { id: input.followId, email: actor!.email, level: "stop" }),
    );
    audit({ action: "follow.account_stop", entityType: "follow", entityId: input.followId });
    return { followId: input.followId };
  },
};

export const subscriptionsLinkDefinition: ActionDefinition<
  typeof subscriptionsLinkSchema,
  FollowRequestResult
> = {
  name: "subscriptions.request_link",
  access: { permission: "anyone" },
  schema: subscriptionsLinkSchema,
  run: async ({ tx, input, ip }) => {
    await countFollowingRequest(tx, { ip, email: input.email, limits: followingLimits() });
    // An address with nothing to manage gets no e-mail; the page says the same either way.
    if (!(await hasSubscriptions(tx, { email: input.email }))) return { status: "check_email", mail: [] };
    return sendManageLink(tx, { email: input.email, siteUrl: siteUrl(), locale: input.locale });
  },
};

/** The address a manage link opens, or the refusal its page shows. */
async function manageLinkEmail(tx: Parameters<typeof readManageToken>[0], token: string): Promise<string> {
  const link = await readManageToken(tx, { token });
  if (link.state === "ready") return link.email;
  throw new ActionError(
    link.state === "expired" ? "errors.following.linkExpired" : "errors.following.tokenInvalid",
  );
}

export const changeFollowDefinition: ActionDefinition<typeof changeFollowSchema, { stopped: boolean }> = {
  name: "subscriptions.change_follow",
  access: { permission: "anyone" },
  schema: changeFollowSchema,
  run: async ({ tx, input }) => {
    const email = await manageLinkEmail(tx, input.token);
    await followingRefusalsAsActionErrors(
      changeFollow(tx, { id: input.followId, email, level: input.level }),
    );
    return { stopped: input.level === "stop" };
  },
};

export const signatureNewsDefinition: ActionDefinition<typeof signatureNewsSchema, { notify: boolean }> = {
  name: "subscriptions.signature_news",
  access: { permission: "anyone" },
  schema: signatureNewsSchema,
  run: async ({ tx, input }) => {
    const email = await manageLinkEmail(tx, input.token);
    const notify = input.notify === "on";
    await followingRefusalsAsActionErrors(setSignatureNews(tx, { id: input.signatureId, email, notify }));
    return { notify };
  },
};

/** What an unsubscription shows: the campaign, and the address masked. */
export type Unsubscribed = { campaignTitle: string; campaignSlug: string; email: string; stopped: number };

export const unsubscribeDefinition: ActionDefinition<typeof unsubscribeSchema, Unsubscribed> = {
  name: "subscriptions.unsubscribe",
  access: { permission: "anyone" },
  schema: unsubscribeSchema,
  run: async ({ tx, input }) => {
    const ref = readUnsubscribeToken(input.token, linkSecret());
    const subject = ref ? await getSubscriptionSubject(tx, ref) : null;
    if (!subject) throw new ActionError("errors.following.tokenInvalid");
    const stopped = await stopCampaignNews(tx, subject);
    return {
      campaignTitle: subject.campaignTitle,
      campaignSlug: subject.campaignSlug,
      email: maskEmail(subject.email),
      stopped,
    };
  },
};
