"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { signUpAction } from "@/lib/actions/auth/server";

/** Works without JavaScript too: the action is a plain server action on the form. */
export function SignUpForm({ passwordMinLength }: { passwordMinLength: number }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(signUpAction, null);
  const f = useActionFeedback(state);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {f.failed ? <Alert tone="error">{f.message(f.failed.error)}</Alert> : null}
      <Field
        id="sign-up-name"
        name="name"
        type="text"
        label={t("auth.name")}
        hint={t("auth.nameHint")}
        autoComplete="name"
        required
        maxLength={200}
        defaultValue={f.value("name")}
        error={f.error("name")}
      />
      <Field
        id="sign-up-email"
        name="email"
        type="email"
        label={t("auth.email")}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        required
        defaultValue={f.value("email")}
        error={f.error("email")}
      />
      <Field
        id="sign-up-password"
        name="password"
        type="password"
        label={t("auth.password")}
        hint={t("auth.passwordHint", { min: passwordMinLength })}
        autoComplete="new-password"
        required
        minLength={passwordMinLength}
        error={f.error("password")}
      />
      <div className="flex flex-col gap-4 pt-1 sm:flex-row sm:items-center sm:justify-between">
        <Button type="submit" pending={pending} pendingLabel={t("auth.signUp.pending")}>
          {t("auth.signUp.submit")}
        </Button>
        <p className="text-ink-muted">
          {t("auth.signUp.haveAccount")} <Link href="/sign-in">{t("auth.signUp.signInLink")}</Link>
        </p>
      </div>
    </form>
  );
}
