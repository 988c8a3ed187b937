"use server";

import type { ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import {
  changeFollowDefinition,
  followConfirmDefinition,
  followFromAccountDefinition,
  followFromSignatureDefinition,
  signatureNewsDefinition,
  stopAccountFollowDefinition,
  subscriptionsLinkDefinition,
  unsubscribeDefinition,
} from "./definitions";
import { finishMailingRequest } from "./service";

/*
 * Following's server actions (useActionState or a plain <form action>). The follow form
 * on cached pages posts to a route handler instead (app/[locale]/(public)/follow/request), which
 * runs followRequestDefinition; the rules live in ./definitions.ts.
 */

/** The confirmation page's button: the POST that confirms (a GET of the link changes nothing). */
export const confirmFollowAction = defineAction(followConfirmDefinition);
export const followFromSignatureAction = defineAction(followFromSignatureDefinition);
export const followFromAccountAction = defineAction(followFromAccountDefinition, { refresh: true });
export const stopAccountFollowAction = defineAction(stopAccountFollowDefinition, { refresh: true });
// The manage page's rows say what each change came to; the page itself need not re-render.
export const changeFollowAction = defineAction(changeFollowDefinition);
export const signatureNewsAction = defineAction(signatureNewsDefinition);
/** The unsubscribe page's button (a mail client's one-click POST goes to app/api/unsubscribe). */
export const unsubscribeAction = defineAction(unsubscribeDefinition);

const requestLink = defineAction(subscriptionsLinkDefinition);

/** The answer is "check your inbox" whether or not the address has anything to manage. */
export async function requestSubscriptionsLinkAction(
  _previous: ActionResult<{ status: "check_email" }> | null,
  formData: FormData,
): Promise<ActionResult<{ status: "check_email" }>> {
  return finishMailingRequest(await requestLink(null, formData));
}
