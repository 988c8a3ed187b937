"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { AuthFormFooter } from "@/components/auth/auth-form-footer";
import { CredentialFields } from "@/components/auth/credential-fields";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { type SignInState, signInAction } from "@/lib/actions/auth/server";
import { FORGOT_PASSWORD_PATH } from "@/lib/domain/urls";

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
      <CredentialFields id="sign-in" f={f} />
      <p className="-mt-2">
        <Link href={FORGOT_PASSWORD_PATH}>{t("auth.forgotLink")}</Link>
      </p>
      <AuthFormFooter
        pending={pending}
        pendingLabel={t("auth.signIn.pending")}
        submit={t("auth.signIn.submit")}
        question={t("auth.signIn.noAccount")}
        other={{ href: "/sign-up", label: t("auth.signIn.signUpLink") }}
      />
    </form>
  );
}
