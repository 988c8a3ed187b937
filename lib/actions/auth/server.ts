"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { type ActionResult, fieldErrorsFrom } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import { signIn, signOut } from "@/lib/auth";
import { SIGNED_IN_PATH, sameSitePath } from "@/lib/domain/urls";
import { signInSchema } from "@/lib/validations/auth";
import { signUpDefinition } from "./definitions";

/*
 * Sign-in and sign-out write nothing of their own (Auth.js and the throttle do), so
 * they are plain server actions rather than defineAction, and never run inside a
 * database transaction. Sign-up creates a user through defineAction (./definitions.ts),
 * then signs in once that transaction has committed.
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
    // Throws Next's redirect on success; that must propagate.
    await signIn("credentials", { ...parsed.data, redirectTo });
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

const signUp = defineAction(signUpDefinition);

export async function signUpAction(
  previous: ActionResult<{ id: string; email: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string; email: string }>> {
  const result = await signUp(previous, formData);
  if (!result.ok) return result;
  try {
    // Outside the transaction: the user row is committed and visible to authorize().
    await signIn("credentials", {
      email: result.data.email,
      password: text(formData.get("password")),
      redirectTo: SIGNED_IN_PATH,
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // The account exists; if signing in fails now (throttled), let them sign in by hand.
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(SIGNED_IN_PATH)}`);
  }
  return result;
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
