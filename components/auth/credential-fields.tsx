"use client";

import { useTranslations } from "next-intl";
import { EmailField, Field } from "@/components/ui/field";
import type { ActionFeedback } from "@/components/ui/use-action-feedback";

/**
 * The e-mail address and password an account is reached by. Signing in, the browser
 * offers the saved ones; signing up (`newPassword`), it may suggest a new password, and
 * the hint says how long it must be.
 */
export function CredentialFields({
  id,
  f,
  newPassword,
}: {
  /** The form's id prefix: "sign-in". */
  id: string;
  f: ActionFeedback;
  newPassword?: { minLength: number };
}) {
  const t = useTranslations("auth");
  return (
    <>
      <EmailField
        id={`${id}-email`}
        label={t("email")}
        autoComplete={newPassword ? "email" : "username"}
        required
        {...f.bind("email")}
      />
      <Field
        id={`${id}-password`}
        name="password"
        type="password"
        label={t("password")}
        hint={newPassword ? t("passwordHint", { min: newPassword.minLength }) : undefined}
        autoComplete={newPassword ? "new-password" : "current-password"}
        required
        minLength={newPassword?.minLength}
        error={f.error("password")}
      />
    </>
  );
}
