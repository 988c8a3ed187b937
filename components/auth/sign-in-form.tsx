"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { type SignInState, signInAction } from "@/lib/actions/auth/server";

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
  const f = useActionFeedback(state);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {f.failed ? <Alert tone="error">{f.message(f.failed.error)}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={f.value("callbackUrl", callbackUrl)} />
      <Field
        id="sign-in-email"
        name="email"
        type="email"
        label={t("auth.email")}
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        required
        defaultValue={f.value("email")}
        error={f.error("email")}
      />
      <Field
        id="sign-in-password"
        name="password"
        type="password"
        label={t("auth.password")}
        autoComplete="current-password"
        required
        error={f.error("password")}
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
