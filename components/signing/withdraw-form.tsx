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
  organisation,
  letter,
}: {
  signatureId: string;
  organisationId: string;
  /** Which organisation and letter: the question and the screen-reader labels name them. */
  organisation: string;
  letter: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(withdrawOrganisationSignatureAction, null);
  const f = useActionFeedback(state);
  return (
    <ButtonForm
      action={formAction}
      hidden={{ signatureId, organisationId }}
      confirm={{
        summary: t("signing.account.withdraw"),
        label: t("signing.account.withdrawLabel", { organisation, letter }),
        question: t("signing.account.withdrawQuestion", { organisation, letter }),
      }}
      button={{
        pending,
        pendingLabel: t("signing.account.withdrawing"),
        "aria-label": t("signing.account.withdrawYesLabel", { organisation, letter }),
        children: t("signing.account.withdrawYes"),
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
