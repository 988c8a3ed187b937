"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { resetPasswordAction } from "@/lib/actions/auth/server";
import { SIGN_IN_PATH } from "@/lib/domain/urls";

/** Sets a new password with the e-mail's single-use token; then the way to sign in. */
export function ResetPasswordForm({
  token,
  passwordMinLength,
}: {
  token: string;
  passwordMinLength: number;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(resetPasswordAction, null);
  const f = useActionFeedback(state);

  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">{t("auth.reset.done")}</Alert>
        <p>
          <Link href={SIGN_IN_PATH}>{t("auth.reset.signIn")}</Link>
        </p>
      </div>
    );
  }

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {f.failed ? <Alert tone="error">{f.summary(["password", "confirmPassword"])}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields id="reset" f={f} label={t("auth.reset.password")} minLength={passwordMinLength} />
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("auth.reset.pending")}>
          {t("auth.reset.submit")}
        </Button>
      </div>
    </form>
  );
}
