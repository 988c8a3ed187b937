"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { AuthFormFooter } from "@/components/auth/auth-form-footer";
import { CredentialFields } from "@/components/auth/credential-fields";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { LocaleField } from "@/components/ui/locale-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { signUpAction } from "@/lib/actions/auth/server";

/** Works without JavaScript too: the action is a plain server action on the form. */
export function SignUpForm({ passwordMinLength }: { passwordMinLength: number }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(signUpAction, null);
  const f = useActionFeedback(state);

  // The same answer whether or not the address had an account: the e-mail says which.
  if (state?.ok) return <Alert tone="success">{t("auth.signUp.sent", { email: state.data.email })}</Alert>;

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <LocaleField />
      {f.failed ? <Alert tone="error">{f.message(f.failed.error)}</Alert> : null}
      <Field
        id="sign-up-name"
        label={t("auth.name")}
        hint={t("auth.nameHint")}
        autoComplete="name"
        required
        maxLength={200}
        {...f.bind("name")}
      />
      <CredentialFields id="sign-up" f={f} newPassword={{ minLength: passwordMinLength }} />
      <AuthFormFooter
        pending={pending}
        pendingLabel={t("auth.signUp.pending")}
        submit={t("auth.signUp.submit")}
        question={t("auth.signUp.haveAccount")}
        other={{ href: "/sign-in", label: t("auth.signUp.signInLink") }}
      />
    </form>
  );
}
