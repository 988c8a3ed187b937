"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type SignInState, signInAction } from "@/app/(auth)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Works without JavaScript too: the action is a plain server action on the form. */
export function SignInForm({
  callbackUrl,
  initialState = null,
}: {
  callbackUrl: string;
  /** A failure to show on arrival, e.g. when Auth.js redirected here with ?error=. */
  initialState?: SignInState;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, initialState);
  const message = (key: string, values?: Record<string, number>) =>
    t.has(key) ? t(key, values) : t("errors.unexpected");
  const fieldError = (field: string) => {
    const key = state?.fieldErrors?.[field]?.[0];
    return key ? message(key) : undefined;
  };

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state && !state.ok ? <Alert tone="error">{message(state.error, state.errorValues)}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={state?.values?.callbackUrl ?? callbackUrl} />
      <Field
        id="sign-in-email"
        name="email"
        type="email"
        label={t("auth.email")}
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        required
        defaultValue={state?.values?.email ?? ""}
        error={fieldError("email")}
      />
      <Field
        id="sign-in-password"
        name="password"
        type="password"
        label={t("auth.password")}
        autoComplete="current-password"
        required
        error={fieldError("password")}
      />
      <div className="flex flex-col gap-4 pt-1 sm:flex-row sm:items-center sm:justify-between">
        <Button type="submit" pending={pending} pendingLabel={t("auth.signIn.pending")}>
          {t("auth.signIn.submit")}
        </Button>
        <p className="text-ink-muted">
          {t("auth.signIn.noAccount")} <Link href="/sign-up">{t("auth.signIn.signUpLink")}</Link>
        </p>
      </div>
    </form>
  );
}
