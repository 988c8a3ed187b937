"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ButtonForm } from "@/components/ui/button-form";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { eraseRequestAction } from "@/lib/actions/privacy/server";

/** Erases what is held about one request's address, after a question: it cannot be undone. */
export function EraseRequestForm({ requestId, email }: { requestId: string; email: string }) {
  const t = useTranslations("privacy.staff");
  const [state, formAction, pending] = useActionState(eraseRequestAction, null);
  const f = useActionFeedback(state);
  return (
    <ButtonForm
      action={formAction}
      hidden={{ requestId }}
      confirm={{
        summary: t("erase"),
        label: t("eraseLabel", { email }),
        question: t("eraseQuestion", { email }),
      }}
      button={{
        pending,
        pendingLabel: t("erasing"),
        "aria-label": t("eraseYesLabel", { email }),
        children: t("eraseYes"),
      }}
    >
      {f.failed ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {f.summary()}
        </p>
      ) : null}
    </ButtonForm>
  );
}
