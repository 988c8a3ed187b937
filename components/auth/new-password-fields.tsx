"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import type { ActionFeedback } from "@/components/ui/use-action-feedback";

/** A new password and the same again, with the length it needs; each error beside its field. */
export function NewPasswordFields({
  id,
  f,
  label,
  minLength,
}: {
  id: string;
  f: ActionFeedback;
  label: string;
  minLength: number;
}) {
  const t = useTranslations("auth");
  return (
    <>
      <Field
        id={`${id}-password`}
        name="password"
        type="password"
        label={label}
        hint={t("passwordHint", { min: minLength })}
        autoComplete="new-password"
        required
        minLength={minLength}
        error={f.error("password")}
      />
      <Field
        id={`${id}-confirm-password`}
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="new-password"
        required
        error={f.error("confirmPassword")}
      />
    </>
  );
}
