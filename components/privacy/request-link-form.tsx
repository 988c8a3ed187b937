"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmailField } from "@/components/ui/field";
import { LocaleField } from "@/components/ui/locale-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { requestDataLinkAction } from "@/lib/actions/privacy/server";

/**
 * Asks for a link to what the site holds about an address. The answer is the same
 * whether or not it holds anything: only the mailbox learns that.
 */
export function RequestLinkForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(requestDataLinkAction, null);
  const f = useActionFeedback(state);

  if (state?.ok) return <Alert tone="success">{t("privacy.request.sent")}</Alert>;

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <LocaleField />
      {f.failed ? <Alert tone="error">{f.summary(["email"])}</Alert> : null}
      <EmailField
        id="your-data-email"
        label={t("privacy.request.email")}
        autoComplete="email"
        required
        {...f.bind("email")}
      />
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("privacy.request.pending")}>
          {t("privacy.request.submit")}
        </Button>
      </div>
    </form>
  );
}
