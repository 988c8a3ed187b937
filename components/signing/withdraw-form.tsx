"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ButtonForm } from "@/components/ui/button-form";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { withdrawOrganisationSignatureAction } from "@/lib/actions/signing/server";

/** Withdraws one signature; the page re-renders with it in the history. Works without JavaScript. */
export function WithdrawForm({
  signatureId,
  organisationId,
  label,
}: {
  signatureId: string;
  organisationId: string;
  /** Says which letter and organisation, for screen readers. */
  label: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(withdrawOrganisationSignatureAction, null);
  const f = useActionFeedback(state);
  return (
    <ButtonForm
      action={formAction}
      hidden={{ signatureId, organisationId }}
      className="flex flex-col gap-2"
      button={{
        pending,
        pendingLabel: t("signing.account.withdrawing"),
        "aria-label": label,
        children: t("signing.account.withdraw"),
      }}
    >
      {f.failed ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {f.summary()}
        </p>
      ) : null}
      {state?.ok ? (
        <p role="status" className="text-sm font-medium text-success">
          {t("signing.account.withdrawn")}
        </p>
      ) : null}
    </ButtonForm>
  );
}
