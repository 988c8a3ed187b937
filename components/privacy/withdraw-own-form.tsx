"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ButtonForm } from "@/components/ui/button-form";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { withdrawOwnSignatureAction } from "@/lib/actions/privacy/server";

/** Withdraws one of the address's signatures from a letter still collecting, after a question. */
export function WithdrawOwnForm({
  token,
  signatureId,
  letter,
}: {
  token: string;
  signatureId: string;
  letter: string;
}) {
  const t = useTranslations("privacy.held");
  const [state, formAction, pending] = useActionState(withdrawOwnSignatureAction, null);
  const f = useActionFeedback(state);
  return (
    <ButtonForm
      action={formAction}
      hidden={{ token, signatureId }}
      confirm={{
        summary: t("withdraw"),
        label: t("withdrawLabel", { letter }),
        question: t("withdrawQuestion", { letter }),
      }}
      button={{
        pending,
        pendingLabel: t("withdrawing"),
        "aria-label": t("withdrawYesLabel", { letter }),
        children: t("withdrawYes"),
      }}
    >
      {f.failed ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {f.summary()}
        </p>
      ) : null}
      {state?.ok ? (
        <p role="status" className="text-sm font-medium text-success">
          {t("withdrawn")}
        </p>
      ) : null}
    </ButtonForm>
  );
}
