"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { confirmSignatureAction } from "@/lib/actions/signing/server";
import { type LetterShare, NextStep } from "./next-step";

/** The Confirm button: a POST to the server action, so it also works without JavaScript. */
export function ConfirmForm({
  token,
  share,
  appearance,
}: {
  token: string;
  /** Offered once confirmed: the letter to pass on, and its tally. */
  share: LetterShare;
  /** Shown once confirmed: how the signature appears on the letter, and the way to it. */
  appearance: ReactNode;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(confirmSignatureAction, null);
  const f = useActionFeedback(state);

  if (state?.ok) {
    const { letter, status } = state.data;
    return (
      <div className="mt-6 flex flex-col gap-4">
        <Alert tone="success">
          {t(status === "confirmed" ? "signing.confirm.confirmed" : "signing.confirm.awaiting", {
            letter: letter.title,
          })}
        </Alert>
        {appearance}
        <NextStep heading="h2" share={share} />
      </div>
    );
  }

  return (
    <form action={formAction} className="mt-6 flex flex-col gap-4">
      {f.failed ? <ErrorSummary attempt={state}>{f.summary()}</ErrorSummary> : null}
      <input type="hidden" name="token" value={token} />
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("signing.confirm.pending")}>
          {t("signing.confirm.button")}
        </Button>
      </div>
    </form>
  );
}
