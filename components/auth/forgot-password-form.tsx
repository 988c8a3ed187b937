"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { AuthFormFooter } from "@/components/auth/auth-form-footer";
import { Alert } from "@/components/ui/alert";
import { EmailField } from "@/components/ui/field";
import { LocaleField } from "@/components/ui/locale-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { requestPasswordResetAction } from "@/lib/actions/auth/server";
import { SIGN_IN_PATH } from "@/lib/domain/urls";

/** Asks for a reset link; answers alike whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(requestPasswordResetAction, null);
  const f = useActionFeedback(state);

  if (state?.ok) return <Alert tone="success">{t("auth.forgot.sent", { email: state.data.email })}</Alert>;

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <LocaleField />
      {f.failed ? <Alert tone="error">{f.summary(["email"])}</Alert> : null}
      <EmailField
        id="forgot-email"
        label={t("auth.email")}
        autoComplete="username"
        required
        {...f.bind("email")}
      />
      <AuthFormFooter
        pending={pending}
        pendingLabel={t("auth.forgot.pending")}
        submit={t("auth.forgot.submit")}
        question={t("auth.forgot.back")}
        other={{ href: SIGN_IN_PATH, label: t("auth.forgot.signInLink") }}
      />
    </form>
  );
}
