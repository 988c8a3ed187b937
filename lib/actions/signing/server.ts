"use server";

import type { ModerationResult } from "@/db/queries/signature-moderation";
import type { ConfirmResult, OrganisationSignResult, WithdrawResult } from "@/db/queries/signing-writes";
import type { ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import {
  approveSignaturesDefinition,
  confirmSignatureDefinition,
  rejectSignaturesDefinition,
  signIndividualDefinition,
  signOrganisationDefinition,
  withdrawOrganisationSignatureDefinition,
} from "./definitions";
import { finishIndividualSignature, type IndividualSignOutcome } from "./service";

/*
 * The signing forms' server actions (useActionState or a plain <form action>). The rules
 * live in ./definitions.ts; here a success re-renders the page the form is on, and an
 * individual's e-mail goes out after the commit.
 */

type State<T> = ActionResult<T> | null;

// Also when a signature waits for approval: no public page changed, but the form's page lists it.
const signOrganisation = defineAction(signOrganisationDefinition, { refresh: true });
const withdrawOrganisationSignature = defineAction(withdrawOrganisationSignatureDefinition, {
  refresh: true,
});
const signIndividual = defineAction(signIndividualDefinition);
const confirmSignature = defineAction(confirmSignatureDefinition);
const approveSignatures = defineAction(approveSignaturesDefinition, { refresh: true });
const rejectSignatures = defineAction(rejectSignaturesDefinition, { refresh: true });

export async function signOrganisationAction(previous: State<OrganisationSignResult>, formData: FormData) {
  return signOrganisation(previous, formData);
}

export async function withdrawOrganisationSignatureAction(
  previous: State<WithdrawResult>,
  formData: FormData,
) {
  return withdrawOrganisationSignature(previous, formData);
}

/** The answer is "check your inbox" whether or not the address had signed. */
export async function signIndividualAction(
  _previous: State<IndividualSignOutcome>,
  formData: FormData,
): Promise<ActionResult<IndividualSignOutcome>> {
  return finishIndividualSignature(await signIndividual(null, formData));
}

/** The confirmation page's button: the POST that confirms (a GET of the link changes nothing). */
export async function confirmSignatureAction(previous: State<ConfirmResult>, formData: FormData) {
  return confirmSignature(previous, formData);
}

export async function approveSignaturesAction(previous: State<ModerationResult>, formData: FormData) {
  return approveSignatures(previous, formData);
}

export async function rejectSignaturesAction(previous: State<ModerationResult>, formData: FormData) {
  return rejectSignatures(previous, formData);
}
