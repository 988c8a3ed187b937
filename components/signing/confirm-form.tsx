"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { confirmSignatureAction } from "@/lib/actions/signing/server";
import { letterPath } from "@/lib/domain/urls";

/** The Confirm button: a POST to the server action, so it also works without JavaScript. */
export function ConfirmForm({ token }: { token: string }) {
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
        <p>
          <Link href={letterPath(letter.campaignSlug, letter.letterSlug)}>
            {t("signing.confirm.toLetter")}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form action={formAction} className="mt-6 flex flex-col gap-4">
      {f.failed ? <Alert tone="error">{f.summary()}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("signing.confirm.pending")}>
          {t("signing.confirm.button")}
        </Button>
      </div>
    </form>
  );
}
