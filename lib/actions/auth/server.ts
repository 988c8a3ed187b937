"use server";

import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { localeHref, redirectInLocale } from "@/i18n/server-navigation";
import { type ActionResult, fieldErrorsFrom } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import { signIn, signOut } from "@/lib/auth";
import { PASSWORD_CHANGED_PATH, SIGNED_IN_PATH, sameSitePath } from "@/lib/domain/urls";
import { deliverAfterResponse } from "@/lib/mail";
import { signInSchema } from "@/lib/validations/auth";
import {
  changePasswordDefinition,
  confirmAccountDefinition,
  type MailedAnswer,
  requestPasswordResetDefinition,
  resetPasswordDefinition,
  signUpDefinition,
} from "./definitions";

/*
 * Sign-in and sign-out write nothing of their own (Auth.js and the throttle do), so
 * they are plain server actions rather than defineAction, and never run inside a
 * database transaction. The account's writes go through defineAction
 * (./definitions.ts); those that mail deliver once their transaction has committed.
 */

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

/** The sign-in form's state: only failures come back, success redirects. */
export type SignInState =
  | (Extract<ActionResult<never>, { ok: false }> & { errorValues?: Record<string, number> })
  | null;

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const redirectTo = sameSitePath(formData.get("callbackUrl")) ?? SIGNED_IN_PATH;
  const values = { email: text(formData.get("email")), callbackUrl: redirectTo };
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    return { ok: false, error: "errors.checkFields", fieldErrors: fieldErrorsFrom(parsed.error), values };
  }
  try {
    // Throws Next's redirect on success, to the page in the form's language; that must propagate.
    await signIn("credentials", {
      ...parsed.data,
      locale: await getLocale(),
      redirectTo: await localeHref(redirectTo),
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = (error as { code?: unknown }).code;
    if (error.type === "CredentialsSignin" && typeof code === "string" && code.startsWith("rate_limited:")) {
      const minutes = Math.max(1, Number.parseInt(code.slice("rate_limited:".length), 10) || 1);
      return { ok: false, error: "errors.signIn.rateLimited", errorValues: { minutes }, values };
    }
    if (error.type !== "CredentialsSignin") console.error("[action user.sign_in]", error);
    return { ok: false, error: "errors.signIn.invalid", values };
  }
  return null;
}

type Answer<T> = ActionResult<T> | null;

/** After a committed write that mails: deliver, and keep the mail (and its link) from the browser. */
async function delivered(result: ActionResult<MailedAnswer>): Promise<ActionResult<{ email: string }>> {
  if (!result.ok) return result;
  await deliverAfterResponse(result.data.mail);
  return { ok: true, data: { email: result.data.email } };
}

const signUp = defineAction(signUpDefinition);

/** Answers alike whether or not the address has an account: "check your e-mail". */
export async function signUpAction(
  _previous: Answer<{ email: string }>,
  formData: FormData,
): Promise<ActionResult<{ email: string }>> {
  return delivered(await signUp(null, formData));
}

export const confirmAccountAction = defineAction(confirmAccountDefinition);

const requestPasswordReset = defineAction(requestPasswordResetDefinition);

/** Answers alike whether or not the address has an account. */
export async function requestPasswordResetAction(
  _previous: Answer<{ email: string }>,
  formData: FormData,
): Promise<ActionResult<{ email: string }>> {
  return delivered(await requestPasswordReset(null, formData));
}

export const resetPasswordAction = defineAction(resetPasswordDefinition);

const changePassword = defineAction(changePasswordDefinition);

/**
 * The new password ends every session of the account, this one too: it signs in again
 * with the new password, so only the other sessions end.
 */
export async function changePasswordAction(
  _previous: Answer<{ changed: true }>,
  formData: FormData,
): Promise<ActionResult<{ changed: true }>> {
  const result = await changePassword(null, formData);
  if (!result.ok) return result;
  const change = result.data;
  if (change.status === "wrongPassword") {
    return {
      ok: false,
      error: "errors.checkFields",
      fieldErrors: { currentPassword: ["errors.password.wrong"] },
    };
  }
  if (change.status === "rateLimited") {
    return { ok: false, error: "errors.signIn.rateLimited", errorValues: { minutes: change.minutes } };
  }
  try {
    // Throws Next's redirect on success: the account page says the password changed.
    await signIn("credentials", {
      email: change.email,
      password: text(formData.get("password")),
      redirectTo: await localeHref(PASSWORD_CHANGED_PATH),
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    await redirectInLocale(`/sign-in?callbackUrl=${encodeURIComponent(PASSWORD_CHANGED_PATH)}`);
  }
  return { ok: true, data: { changed: true } };
}

/** Ends this session, and with it every copy of its cookie (Auth.js's signOut event). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: await localeHref("/") });
}
