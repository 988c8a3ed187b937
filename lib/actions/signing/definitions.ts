import "server-only";
import type { z } from "zod";
import type { Tx } from "@/db";
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
import { SigningRefused } from "@/lib/domain/signing-rules";
import { siteUrl } from "@/lib/server/env";
import {
  approveSignaturesSchema,
  confirmSignatureSchema,
  individualSignatureSchema,
  organisationSignatureSchema,
  rejectSignaturesSchema,
  withdrawSignatureSchema,
} from "@/lib/validations/signing";
import {
  type IndividualSignResult,
  refusalAsActionError,
  refusalsAsActionErrors,
  signAsIndividual,
  signAsIndividuals,
} from "./service";

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
  // A rush: signings that arrive together are written together (two statements for all).
  together: async (tx, calls) =>
    (await signAsIndividuals(tx, calls, { limits: signingLimits(), siteUrl: siteUrl() })).map((outcome) =>
      outcome instanceof SigningRefused ? refusalAsActionError(outcome) : outcome,
    ),
};

export const confirmSignatureDefinition: ActionDefinition<typeof confirmSignatureSchema, ConfirmResult> = {
  name: "sign.confirm",
  access: { permission: "anyone" },
  schema: confirmSignatureSchema,
  run: ({ tx, input: { token, name, titleAffiliation, country, visibility, notifyUpdates } }) =>
    refusalsAsActionErrors(
      confirmIndividualSignature(tx, {
        token,
        notifyUpdates,
        details:
          name !== undefined && visibility !== undefined
            ? {
                displayName: name,
                titleAffiliation: titleAffiliation ?? null,
                country: country ?? null,
                visibility,
              }
            : undefined,
      }),
    ),
  tags: (_input, data) => (data.status === "confirmed" ? letterChangeTags(data.letter) : []),
};

/**
 * Approving or rejecting pending signatures: each signature it changed is audited, from
 * pending to what `after` says.
 */
function moderationDefinition<S extends typeof approveSignaturesSchema | typeof rejectSignaturesSchema>({
  name,
  schema,
  moderate,
  after,
  tags,
}: {
  name: string;
  schema: S;
  moderate: (tx: Tx, input: z.output<S>) => Promise<ModerationResult>;
  after: (input: z.output<S>) => Record<string, unknown>;
  tags?: (input: z.output<S>, data: ModerationResult) => string[];
}): ActionDefinition<S, ModerationResult> {
  return {
    name,
    access: { permission: "signature.moderate" },
    schema,
    run: async ({ tx, input, audit }) => {
      const result = await moderate(tx, input);
      for (const s of result.changed) {
        audit({
          action: name,
          entityType: "signature",
          entityId: s.id,
          before: { status: "pending" },
          after: after(input),
        });
      }
      return result;
    },
    tags,
  };
}

export const approveSignaturesDefinition = moderationDefinition({
  name: "signature.approve",
  schema: approveSignaturesSchema,
  moderate: approveSignatures,
  after: () => ({ status: "confirmed" }),
  tags: (_input, data) => moderationTags(data),
});

export const rejectSignaturesDefinition = moderationDefinition({
  name: "signature.reject",
  schema: rejectSignaturesSchema,
  moderate: rejectSignatures,
  after: (input) => ({ status: "rejected", reason: input.reason }),
  // A pending signature was on no public page, so rejecting it changes none.
});
