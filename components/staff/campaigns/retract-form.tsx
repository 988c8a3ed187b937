"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/field";
import { StaffForm, type StaffFormAction, useStaffForm } from "@/components/ui/form-kit";

/**
 * Retracts an ask, event or response: it stays on the public record, marked retracted,
 * with the reason given here. Nothing a public page cites is ever deleted.
 */
export function RetractForm({
  action,
  id: recordId,
  label,
}: {
  action: StaffFormAction;
  id: string;
  label: string;
}) {
  const t = useTranslations("staffCampaignForms.retract");
  const form = useStaffForm(action);
  const { field } = form;
  return (
    <StaffForm
      form={form}
      summary={t("summary")}
      tone="danger"
      gap="gap-4"
      hidden={{ id: recordId }}
      submit={{
        variant: "secondary",
        className: "border-danger! text-danger! hover:bg-danger-soft!",
        pendingLabel: t("pending"),
        "aria-label": `${t("submit")}: ${label}`,
        children: t("submit"),
      }}
    >
      <p className="text-sm text-ink">{t("explain")}</p>
      <TextAreaField
        label={t("reason")}
        hint={t("reasonHint")}
        rows={2}
        required
        maxLength={1000}
        {...field("reason")}
      />
    </StaffForm>
  );
}
