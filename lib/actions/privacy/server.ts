"use server";

import type { ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import { deliverAfterResponse } from "@/lib/mail";
import {
  declineRequestDefinition,
  eraseRequestDefinition,
  requestDataLinkDefinition,
  requestErasureDefinition,
  withdrawOwnSignatureDefinition,
} from "./definitions";

/*
 * The "your data" page's forms and the staff's erasure queue (useActionState, or a plain
 * <form action> without JavaScript). The rules live in ./definitions.ts.
 */

export const withdrawOwnSignatureAction = defineAction(withdrawOwnSignatureDefinition, { refresh: true });
export const requestErasureAction = defineAction(requestErasureDefinition);
export const eraseRequestAction = defineAction(eraseRequestDefinition, { refresh: true });

const requestDataLink = defineAction(requestDataLinkDefinition);
const declineRequest = defineAction(declineRequestDefinition, { refresh: true });

/** Declines a request; the reason goes to the person once the decision is stored. */
export async function declineRequestAction(
  _previous: ActionResult<{ declined: true }> | null,
  formData: FormData,
): Promise<ActionResult<{ declined: true }>> {
  const result = await declineRequest(null, formData);
  if (!result.ok) return result;
  await deliverAfterResponse(result.data.mail);
  return { ok: true, data: { declined: true } };
}

/** "If we hold anything about this address, a link is on its way", whatever the answer: the mail stays here. */
export async function requestDataLinkAction(
  _previous: ActionResult<{ sent: true }> | null,
  formData: FormData,
): Promise<ActionResult<{ sent: true }>> {
  const result = await requestDataLink(null, formData);
  if (!result.ok) return result;
  await deliverAfterResponse(result.data.mail);
  return { ok: true, data: { sent: true } };
}
