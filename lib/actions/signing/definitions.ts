import "server-only";
import {
  approveSignatures,
  type ModerationResult,
  rejectSignatures,
} from "@/db/queries/signature-moderation";
import {
  type ConfirmResult,
  confirmIndividualSignature,
  type OrganisationSignResult,
  signForOrganisation,
  type WithdrawResult,
  withdrawOrganisationSignature,
} from "@/db/queries/signing-writes";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { letterChangeTags } from "@/lib/domain/cache-tags";
import { signingLimits } from "@/lib/domain/rate-limit-config";
import { siteUrl } from "@/lib/server/env";
import {
  approveSignaturesSchema,
  confirmSignatureSchema,
  individualSignatureSchema,
  organisationSignatureSchema,
  rejectSignaturesSchema,
  withdrawSignatureSchema,
} from "@/lib/validations/signing";
import { type IndividualSignResult, refusalsAsActionErrors, signAsIndividual } from "./service";

/*
 * The signing actions' definitions. ./server.ts turns them into server actions for
 * forms; the JSON route for individual signatures runs the same definition (./route.ts).
 * Public pages change only when a signature starts or stops counting, so only then are
 * their cache tags returned.
 */

function moderationTags(result: ModerationResult): string[] {
  const byLetter = new Map<
    string,
    { campaignSlug: string; letterSlug: string; organisationSlugs: string[] }
  >();
  for (const s of result.changed) {
    const key = `${s.campaignSlug}/${s.letterSlug}`;
    const entry = byLetter.get(key) ?? {
      campaignSlug: s.campaignSlug,
      letterSlug: s.letterSlug,
      organisationSlugs: [],
    };
    if (s.organisationSlug) entry.organisationSlugs.push(s.organisationSlug);
    byLetter.set(key, entry);
  }
  return [...new Set([...byLetter.values()].flatMap((l) => letterChangeTags(l)))];
}

export const signOrganisationDefinition: ActionDefinition<
  typeof organisationSignatureSchema,
  OrganisationSignResult
> = {
  name: "sign.organisation",
  access: {
    permission: "org.sign",
    scope: (input: { organisationId: string }) => ({ organisationId: input.organisationId }),
  },
  schema: organisationSignatureSchema,
  run: async ({ tx, input, actor, audit }) => {
    const result = await refusalsAsActionErrors(signForOrganisation(tx, { ...input, userId: actor!.id }));
    audit({
      action: "sign.organisation",
      entityType: "signature",
      entityId: result.signatureId,
      after: { ...input, status: result.status },
    });
    return result;
  },
  tags: (_input, data) =>
    data.status === "confirmed"
      ? letterChangeTags({ ...data.letter, organisationSlugs: [data.organisation.slug] })
      : [],
};

export const withdrawOrganisationSignatureDefinition: ActionDefinition<
  typeof withdrawSignatureSchema,
  WithdrawResult
> = {
  name: "sign.organisation_withdraw",
  access: {
    permission: "org.withdraw",
    scope: (input: { organisationId: string }) => ({ organisationId: input.organisationId }),
  },
  schema: withdrawSignatureSchema,
  run: async ({ tx, input, audit }) => {
    const result = await refusalsAsActionErrors(withdrawOrganisationSignature(tx, input));
    audit({
      action: "sign.organisation_withdraw",
      entityType: "signature",
      entityId: input.signatureId,
      before: { status: result.wasConfirmed ? "confirmed" : "pending" },
      after: { status: "withdrawn" },
    });
    return result;
  },
  tags: (_input, data) =>
    data.wasConfirmed
      ? letterChangeTags({ ...data.letter, organisationSlugs: [data.organisation.slug] })
      : [],
};

export const signIndividualDefinition: ActionDefinition<
  typeof individualSignatureSchema,
  IndividualSignResult
> = {
  name: "sign.individual",
  access: { permission: "anyone" },
  schema: individualSignatureSchema,
  // Anonymous: no audit entry (the signature row is the record). Pending: no page changes.
  run: ({ tx, input, ip }) =>
    refusalsAsActionErrors(signAsIndividual(tx, { input, ip, limits: signingLimits(), siteUrl: siteUrl() })),
};

export const confirmSignatureDefinition: ActionDefinition<typeof confirmSignatureSchema, ConfirmResult> = {
  name: "sign.confirm",
  access: { permission: "anyone" },
  schema: confirmSignatureSchema,
  run: ({ tx, input }) => refusalsAsActionErrors(confirmIndividualSignature(tx, input)),
  tags: (_input, data) => (data.status === "confirmed" ? letterChangeTags(data.letter) : []),
};

export const approveSignaturesDefinition: ActionDefinition<typeof approveSignaturesSchema, ModerationResult> =
  {
    name: "signature.approve",
    access: { permission: "signature.moderate" },
    schema: approveSignaturesSchema,
    run: async ({ tx, input, audit }) => {
      const result = await approveSignatures(tx, input);
      for (const s of result.changed) {
        audit({
          action: "signature.approve",
          entityType: "signature",
          entityId: s.id,
          before: { status: "pending" },
          after: { status: "confirmed" },
        });
      }
      return result;
    },
    tags: (_input, data) => moderationTags(data),
  };

export const rejectSignaturesDefinition: ActionDefinition<typeof rejectSignaturesSchema, ModerationResult> = {
  name: "signature.reject",
  access: { permission: "signature.moderate" },
  schema: rejectSignaturesSchema,
  run: async ({ tx, input, audit }) => {
    const result = await rejectSignatures(tx, input);
    for (const s of result.changed) {
      audit({
        action: "signature.reject",
        entityType: "signature",
        entityId: s.id,
        before: { status: "pending" },
        after: { status: "rejected", reason: input.reason },
      });
    }
    return result;
  },
  // A pending signature was on no public page, so rejecting it changes none.
};
