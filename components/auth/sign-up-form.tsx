"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Works without JavaScript too: the action is a plain server action on the form. */
export function SignUpForm({ passwordMinLength }: { passwordMinLength: number }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(signUpAction, null);
  const failed = state && !state.ok ? state : null;
  const message = (key: string) => (t.has(key) ? t(key) : t("errors.unexpected"));
  const fieldError = (field: string) => {
    const key = failed?.fieldErrors?.[field]?.[0];
    return key ? message(key) : undefined;
  };

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {failed ? <Alert tone="error">{message(failed.error)}</Alert> : null}
      <Field
        id="sign-up-name"
        name="name"
        type="text"
        label={t("auth.name")}
        hint={t("auth.nameHint")}
        autoComplete="name"
        required
        maxLength={200}
        defaultValue={failed?.values?.name ?? ""}
        error={fieldError("name")}
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
        defaultValue={failed?.values?.email ?? ""}
        error={fieldError("email")}
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
        error={fieldError("password")}
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
