"use server";

import { refresh } from "next/cache";
import type {
  ConfirmResult,
  ModerationResult,
  OrganisationSignResult,
  WithdrawResult,
} from "@/db/queries/signing";
import type { ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import {
  approveSignaturesDefinition,
  confirmSignatureDefinition,
  finishIndividualSignature,
  type IndividualSignOutcome,
  rejectSignaturesDefinition,
  signIndividualDefinition,
  signOrganisationDefinition,
  withdrawOrganisationDefinition,
} from "@/lib/actions/signing";

/*
 * The signing server actions, for forms (useActionState or a plain <form action>). Each
 * is the definition in lib/actions/signing.ts run through defineAction: session,
 * permission, input, transaction, audit, cache tags. Mail goes out after the commit.
 */

type State<T> = ActionResult<T> | null;

const signOrganisation = defineAction(signOrganisationDefinition);
const withdrawOrganisation = defineAction(withdrawOrganisationDefinition);
const signIndividual = defineAction(signIndividualDefinition);
const confirmSignature = defineAction(confirmSignatureDefinition);
const approve = defineAction(approveSignaturesDefinition);
const reject = defineAction(rejectSignaturesDefinition);

/** Signs for one of the organisations the user may sign for (field organisationId); the page re-renders with it. */
export async function signOrganisationAction(
  previous: State<OrganisationSignResult>,
  formData: FormData,
): Promise<ActionResult<OrganisationSignResult>> {
  const result = await signOrganisation(previous, formData);
  // Also when it waits for approval: no public page changed, but the sign page lists it.
  if (result.ok) refresh();
  return result;
}

/** Withdraws an organisation's signature; the page listing it shows the new state. */
export async function withdrawOrganisationSignatureAction(
  previous: State<WithdrawResult>,
  formData: FormData,
): Promise<ActionResult<WithdrawResult>> {
  const result = await withdrawOrganisation(previous, formData);
  if (result.ok) refresh();
  return result;
}

/** Signs as an individual: the answer is "check your inbox" whether or not the address had signed. */
export async function signIndividualAction(
  _previous: State<IndividualSignOutcome>,
  formData: FormData,
): Promise<ActionResult<IndividualSignOutcome>> {
  return finishIndividualSignature(await signIndividual(null, formData));
}

/** The confirmation page's button: the POST that confirms (a GET of the link changes nothing). */
export async function confirmSignatureAction(
  previous: State<ConfirmResult>,
  formData: FormData,
): Promise<ActionResult<ConfirmResult>> {
  return confirmSignature(previous, formData);
}

/** Approves one signature (a row's button) or the ticked ones (field ids). */
export async function approveSignaturesAction(
  previous: State<ModerationResult>,
  formData: FormData,
): Promise<ActionResult<ModerationResult>> {
  const result = await approve(previous, formData);
  if (result.ok) refresh();
  return result;
}

/** Rejects one or the ticked signatures, with a reason (field reason). */
export async function rejectSignaturesAction(
  previous: State<ModerationResult>,
  formData: FormData,
): Promise<ActionResult<ModerationResult>> {
  const result = await reject(previous, formData);
  if (result.ok) refresh();
  return result;
}
