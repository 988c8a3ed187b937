"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { changePasswordAction } from "@/lib/actions/auth/server";

/** The account page's password change: the current password, then the new one twice. */
export function ChangePasswordForm({
  passwordMinLength,
  changed,
}: {
  passwordMinLength: number;
  /** Just changed: the action signed in again with the new password and came back here. */
  changed: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(changePasswordAction, null);
  const f = useActionFeedback(state);

  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-5">
      {changed && !f.failed ? <Alert tone="success">{t("account.password.done")}</Alert> : null}
      {f.failed ? (
        <Alert tone="error">{f.summary(["currentPassword", "password", "confirmPassword"])}</Alert>
      ) : null}
      <Field
        id="change-current-password"
        name="currentPassword"
        type="password"
        label={t("account.password.current")}
        autoComplete="current-password"
        required
        error={f.error("currentPassword")}
      />
      <NewPasswordFields id="change" f={f} label={t("account.password.new")} minLength={passwordMinLength} />
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("account.password.pending")}>
          {t("account.password.submit")}
        </Button>
      </div>
    </form>
  );
}
