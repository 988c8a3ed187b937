"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Link } from "@/components/ui/link";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { unsubscribeAction } from "@/lib/actions/following/server";
import { SUBSCRIPTIONS_PATH } from "@/lib/domain/urls";

/**
 * The button an e-mail's unsubscribe link opens: the POST that stops the campaign's
 * e-mails to the address (opening the link changed nothing: link scanners fetch it).
 */
export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(unsubscribeAction, null);
  const f = useActionFeedback(state);

  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">
          {t("following.unsubscribe.done", { email: state.data.email, campaign: state.data.campaignTitle })}
        </Alert>
        <p>
          <Link href={SUBSCRIPTIONS_PATH}>{t("following.unsubscribe.manage")}</Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      {f.failed ? <ErrorSummary attempt={state}>{f.summary()}</ErrorSummary> : null}
      <input type="hidden" name="token" value={token} />
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("following.unsubscribe.pending")}>
          {t("following.unsubscribe.button")}
        </Button>
      </div>
    </form>
  );
}
