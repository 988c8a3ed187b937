"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { confirmAccountAction } from "@/lib/actions/auth/server";
import { SIGN_IN_PATH } from "@/lib/domain/urls";

/** The button that confirms a new account's address: a POST, as opening the link changes nothing. */
export function ConfirmAccountForm({ token }: { token: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(confirmAccountAction, null);
  const f = useActionFeedback(state);

  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">{t("auth.confirm.done")}</Alert>
        <p>
          <Link href={SIGN_IN_PATH}>{t("auth.confirm.signIn")}</Link>
        </p>
      </div>
    );
  }

  return (
    <form action={formAction} className="flex flex-col gap-4">
      {f.failed ? <Alert tone="error">{f.message(f.failed.error)}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("auth.confirm.pending")}>
          {t("auth.confirm.submit")}
        </Button>
      </div>
    </form>
  );
}
