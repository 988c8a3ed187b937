"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { EmailField } from "@/components/ui/field";
import { LocaleField } from "@/components/ui/locale-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { requestSubscriptionsLinkAction } from "@/lib/actions/following/server";

/** Asks for a link to manage an address's subscriptions; answers alike whatever the address holds. */
export function SubscriptionsRequestForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(requestSubscriptionsLinkAction, null);
  const f = useActionFeedback(state);

  if (state?.ok) return <Alert tone="success">{t("following.subscriptions.sent")}</Alert>;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <LocaleField />
      {f.failed ? <ErrorSummary attempt={state}>{f.summary(["email"])}</ErrorSummary> : null}
      <EmailField
        id="subscriptions-email"
        label={t("following.subscriptions.email")}
        autoComplete="email"
        required
        {...f.bind("email")}
      />
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("following.subscriptions.pending")}>
          {t("following.subscriptions.button")}
        </Button>
      </div>
    </form>
  );
}
