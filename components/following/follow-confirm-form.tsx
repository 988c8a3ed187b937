"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Link } from "@/components/ui/link";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { confirmFollowAction } from "@/lib/actions/following/server";
import { SUBSCRIPTIONS_PATH } from "@/lib/domain/urls";

/**
 * The button a follow's confirmation link opens: the POST that confirms (opening the
 * link changed nothing, so a mail scanner confirms nobody). Works without JavaScript.
 */
export function FollowConfirmForm({ token, campaignHref }: { token: string; campaignHref: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(confirmFollowAction, null);
  const f = useActionFeedback(state);

  if (state?.ok) {
    const { campaignTitle, letterTitle } = state.data;
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">
          {t("following.confirm.done", {
            campaign: campaignTitle,
            letter: letterTitle ?? "",
            isLetter: letterTitle ? "yes" : "no",
          })}
        </Alert>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href={campaignHref}>{t("following.confirm.toCampaign")}</Link>
          <Link href={SUBSCRIPTIONS_PATH}>{t("following.confirm.manage")}</Link>
        </p>
      </div>
    );
  }

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      {f.failed ? <ErrorSummary attempt={state}>{f.summary()}</ErrorSummary> : null}
      <input type="hidden" name="token" value={token} />
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("following.confirm.pending")}>
          {t("following.confirm.button")}
        </Button>
      </div>
    </form>
  );
}
