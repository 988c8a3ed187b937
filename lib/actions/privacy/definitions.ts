import "server-only";
import {
  declineErasureRequest,
  type ErasureOutcome,
  eraseForRequest,
  holdsAddress,
  type OwnWithdrawal,
  openErasureRequest,
  withdrawOwnSignature,
} from "@/db/queries/data-subject";
import { hitRateLimits } from "@/db/queries/rate-limits";
import { ActionError } from "@/lib/actions/result";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { refusalsAsActionErrors } from "@/lib/actions/signing/service";
import { letterChangeTags } from "@/lib/domain/cache-tags";
import { normaliseEmail } from "@/lib/domain/email";
import { toLocale } from "@/lib/domain/locales";
import { enqueueMail, type QueuedMail } from "@/lib/mail";
import { dataLinkMail, erasureDeclinedMail } from "@/lib/mail/privacy-mail";
import { DATA_LINK_TTL_MS, type DataLinkClaim, dataLink, readDataLinkToken } from "@/lib/server/data-link";
import { siteUrl } from "@/lib/server/env";
import { pseudonym } from "@/lib/server/secrets";
import {
  declineRequestSchema,
  eraseRequestSchema,
  requestDataLinkSchema,
  requestErasureSchema,
  withdrawOwnSignatureSchema,
} from "@/lib/validations/privacy";

/*
 * What a person may do about their own data, and what staff do with their requests.
 * The person's actions are anonymous: the link from their e-mail (lib/server/data-link.ts)
 * is their proof, checked by each action, since the page's forms are public endpoints.
 * ./server.ts turns these into server actions.
 */

/** Links e-mailed to one address per hour; more requests are answered alike, with no mail. */
const LINKS_PER_ADDRESS_PER_HOUR = 3;
/** Link requests from one connection per hour. */
const LINK_REQUESTS_PER_IP_PER_HOUR = 20;

/** The address a link was made for, or the action's error when it cannot be used. */
export function claimFromLink(token: string, now: Date = new Date()): DataLinkClaim {
  const claim = readDataLinkToken(token, now);
  if (!claim) throw new ActionError("errors.privacy.linkInvalid");
  if (claim.expired) throw new ActionError("errors.privacy.linkExpired");
  return claim;
}

/** The answer is the same whether or not the site holds anything: the mail stays on the server. */
export type DataLinkAnswer = { mail: QueuedMail[] };

export const requestDataLinkDefinition: ActionDefinition<typeof requestDataLinkSchema, DataLinkAnswer> = {
  name: "privacy.request_link",
  access: { permission: "anyone" },
  schema: requestDataLinkSchema,
  run: async ({ tx, input, ip }) => {
    const address = normaliseEmail(input.email);
    const [fromIp, toAddress] = await hitRateLimits(tx, [
      { key: `data-link:ip:${pseudonym(ip)}`, windowSeconds: 3600 },
      { key: `data-link:email:${pseudonym(address)}`, windowSeconds: 3600 },
    ]);
    if (fromIp.count > LINK_REQUESTS_PER_IP_PER_HOUR) throw new ActionError("errors.privacy.rateLimited");
    // Nothing held: no e-mail, so asking about a stranger's address tells, and keeps, nothing.
    if (toAddress.count > LINKS_PER_ADDRESS_PER_HOUR || !(await holdsAddress(tx, { address })))
      return { mail: [] };
    const now = new Date();
    const site = siteUrl();
    const mail = await enqueueMail(tx, {
      ...dataLinkMail({
        link: dataLink(input.email, { siteUrl: site, now, locale: input.locale }),
        expiresAt: new Date(now.getTime() + DATA_LINK_TTL_MS),
        siteUrl: site,
        locale: input.locale,
      }),
      locale: input.locale,
      to: input.email,
      kind: "data_link",
    });
    return { mail: mail ? [mail] : [] };
  },
};

export const withdrawOwnSignatureDefinition: ActionDefinition<
  typeof withdrawOwnSignatureSchema,
  OwnWithdrawal
> = {
  name: "privacy.withdraw",
  access: { permission: "anyone" },
  schema: withdrawOwnSignatureSchema,
  // Anonymous, like signing: the signature row records when it was withdrawn.
  run: async ({ tx, input }) => {
    const claim = claimFromLink(input.token);
    return refusalsAsActionErrors(
      withdrawOwnSignature(tx, { address: claim.normalised, signatureId: input.signatureId }),
    );
  },
  tags: (_input, data) => (data.wasConfirmed ? letterChangeTags(data.letter) : []),
};

export const requestErasureDefinition: ActionDefinition<typeof requestErasureSchema, { created: boolean }> = {
  name: "privacy.request_erasure",
  access: { permission: "anyone" },
  schema: requestErasureSchema,
  run: async ({ tx, input, audit }) => {
    const claim = claimFromLink(input.token);
    const request = await openErasureRequest(tx, { address: claim.normalised, locale: input.locale });
    // Recorded without the address: the request itself holds it, until it is handled.
    if (request.created)
      audit({ action: "privacy.request_erasure", entityType: "erasure_request", entityId: request.id });
    return { created: request.created };
  },
};

export const eraseRequestDefinition: ActionDefinition<
  typeof eraseRequestSchema,
  { outcome: ErasureOutcome; changedLetters: Array<{ campaignSlug: string; letterSlug: string }> }
> = {
  name: "privacy.erase",
  access: { permission: "privacy.manage" },
  schema: eraseRequestSchema,
  run: async ({ tx, input, actor, audit }) => {
    const result = await eraseForRequest(tx, { requestId: input.requestId, handledBy: actor?.id ?? null });
    if (result.state === "not_open") throw new ActionError("errors.privacy.requestHandled");
    if (result.state === "last_admin") throw new ActionError("errors.privacy.lastAdmin");
    audit({
      action: "privacy.erase",
      entityType: "erasure_request",
      entityId: input.requestId,
      // How many, and which letters' counts changed: never whose.
      after: {
        ...result.outcome,
        letters: result.changedLetters.map((l) => `${l.campaignSlug}/${l.letterSlug}`),
      },
    });
    return { outcome: result.outcome, changedLetters: result.changedLetters };
  },
  tags: (_input, data) => [...new Set(data.changedLetters.flatMap((letter) => letterChangeTags(letter)))],
};

/**
 * Declines a request with a reason, which is e-mailed to the person in their language:
 * nothing is erased, and the queue no longer holds the address. The audit log records
 * that it was declined and the reason's length, never the address.
 */
export const declineRequestDefinition: ActionDefinition<typeof declineRequestSchema, { mail: QueuedMail[] }> =
  {
    name: "privacy.decline",
    access: { permission: "privacy.manage" },
    schema: declineRequestSchema,
    run: async ({ tx, input, actor, audit }) => {
      const declined = await declineErasureRequest(tx, {
        requestId: input.requestId,
        handledBy: actor?.id ?? null,
        reason: input.reason,
      });
      if (!declined) throw new ActionError("errors.privacy.requestHandled");
      const locale = toLocale(declined.locale);
      const mail = await enqueueMail(tx, {
        ...erasureDeclinedMail({ reason: input.reason, locale }),
        locale,
        to: declined.address,
        kind: "erasure_declined",
      });
      audit({
        action: "privacy.decline",
        entityType: "erasure_request",
        entityId: input.requestId,
        after: { reasonLength: input.reason.length },
      });
      return { mail: mail ? [mail] : [] };
    },
  };
