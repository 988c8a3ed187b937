"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { Disclosure, FormFeedback, type StaffFormAction, TextAreaField, useFormFeedback } from "./form-kit";

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
  const [state, formAction, pending] = useActionState(action, null);
  const f = useFormFeedback(state);
  const id = useId();
  return (
    <Disclosure summary={t("summary")} open={state !== null} tone="danger">
      <form action={formAction} noValidate className="flex flex-col gap-4">
        <FormFeedback feedback={f} />
        <input type="hidden" name="id" value={recordId} />
        <p className="text-sm text-ink">{t("explain")}</p>
        <TextAreaField
          id={`${id}-reason`}
          name="reason"
          label={t("reason")}
          hint={t("reasonHint")}
          rows={2}
          required
          maxLength={1000}
          defaultValue={f.value("reason")}
          error={f.error("reason")}
        />
        <div>
          <Button
            type="submit"
            variant="secondary"
            className="border-danger! text-danger! hover:bg-danger-soft!"
            pending={pending}
            pendingLabel={t("pending")}
            aria-label={`${t("submit")}: ${label}`}
          >
            {t("submit")}
          </Button>
        </div>
      </form>
    </Disclosure>
  );
}
