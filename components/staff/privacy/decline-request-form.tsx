"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { Disclosure, FormFeedback } from "@/components/ui/form-kit";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { declineRequestAction } from "@/lib/actions/privacy/server";
import { DECLINE_REASON_MAX } from "@/lib/domain/personal-data";

/**
 * Declines one request with a reason the person receives by e-mail. Nothing is erased;
 * the reason's field keeps what was typed when it is refused.
 */
export function DeclineRequestForm({ requestId, email }: { requestId: string; email: string }) {
  const t = useTranslations("privacy.staff");
  const [state, formAction, pending] = useActionState(declineRequestAction, null);
  const f = useActionFeedback(state);
  const id = useId();
  if (state?.ok)
    return (
      <p role="status" className="text-sm font-medium text-success">
        <span aria-hidden="true">✓ </span>
        {t("declined")}
      </p>
    );
  return (
    <Disclosure
      summary={
        <>
          <span aria-hidden="true">{t("decline")}</span>
          <span className="sr-only">{t("declineLabel", { email })}</span>
        </>
      }
      open={f.failed !== null}
    >
      <form action={formAction} noValidate className="flex flex-col gap-4">
        <FormFeedback feedback={f} />
        <HiddenFields fields={{ requestId }} />
        <TextAreaField
          id={`${id}-reason`}
          label={t("declineReason")}
          hint={t("declineHint")}
          maxLength={DECLINE_REASON_MAX}
          {...f.bind("reason")}
        />
        <div>
          <Button
            type="submit"
            variant="secondary"
            pending={pending}
            pendingLabel={t("declining")}
            aria-label={t("declineYesLabel", { email })}
          >
            {t("declineYes")}
          </Button>
        </div>
      </form>
    </Disclosure>
  );
}
