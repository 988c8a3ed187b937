"use server";

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

// Also when a signature waits for approval: no public page changed, but the form's page lists it.
export const signOrganisationAction = defineAction(signOrganisationDefinition, { refresh: true });
export const withdrawOrganisationSignatureAction = defineAction(withdrawOrganisationSignatureDefinition, {
  refresh: true,
});
/** The confirmation page's button: the POST that confirms (a GET of the link changes nothing). */
export const confirmSignatureAction = defineAction(confirmSignatureDefinition);
export const approveSignaturesAction = defineAction(approveSignaturesDefinition, { refresh: true });
export const rejectSignaturesAction = defineAction(rejectSignaturesDefinition, { refresh: true });

const signIndividual = defineAction(signIndividualDefinition);

/** The answer is "check your inbox" whether or not the address had signed. */
export async function signIndividualAction(
  _previous: ActionResult<IndividualSignOutcome> | null,
  formData: FormData,
): Promise<ActionResult<IndividualSignOutcome>> {
  return finishIndividualSignature(await signIndividual(null, formData));
}
