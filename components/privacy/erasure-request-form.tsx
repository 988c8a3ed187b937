"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ButtonForm } from "@/components/ui/button-form";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { requestErasureAction } from "@/lib/actions/privacy/server";

/** Asks staff to erase everything held about the address; asked once, it says so. */
export function ErasureRequestForm({ token }: { token: string }) {
  const t = useTranslations("privacy.erasure");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(requestErasureAction, null);
  const f = useActionFeedback(state);
  if (state?.ok)
    return <Alert tone="success">{t(state.data.created ? "requested" : "alreadyRequested")}</Alert>;
  return (
    <ButtonForm
      action={formAction}
      hidden={{ token, locale }}
      confirm={{ summary: t("ask"), label: t("ask"), question: t("question") }}
      button={{ pending, pendingLabel: t("asking"), children: t("askYes") }}
    >
      {f.failed ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {f.summary()}
        </p>
      ) : null}
    </ButtonForm>
  );
}
