"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { followFromSignatureAction } from "@/lib/actions/following/server";
import { LevelFieldset } from "./level-fieldset";

/**
 * On the confirmation page, once the signature is confirmed: follow the letter's whole
 * campaign too. The confirmation link's token has just proven the address, so no second
 * e-mail is needed. Works without JavaScript.
 */
export function FollowOffer({ token, campaignTitle }: { token: string; campaignTitle: string }) {
  const t = useTranslations("following");
  const [state, formAction, pending] = useActionState(followFromSignatureAction, null);
  const f = useActionFeedback(state);
  return (
    <section
      aria-labelledby="follow-offer-heading"
      className="mt-8 flex flex-col gap-4 border-t border-line pt-6"
    >
      <h2 id="follow-offer-heading" className="text-xl font-bold">
        {t("offer.heading")}
      </h2>
      {state?.ok ? (
        <Alert tone="success">{t("offer.done", { campaign: state.data.campaignTitle })}</Alert>
      ) : (
        <>
          <p>{t("offer.intro", { campaign: campaignTitle })}</p>
          <form action={formAction} noValidate className="flex flex-col gap-4">
            {f.failed ? <ErrorSummary attempt={state}>{f.summary()}</ErrorSummary> : null}
            <input type="hidden" name="token" value={token} />
            <LevelFieldset
              id="follow-offer-level"
              words={{
                legend: t("form.level"),
                responses: t("form.levels.responses"),
                responsesHint: t("form.levels.responsesHint"),
                all: t("form.levels.all"),
                allHint: t("form.levels.allHint"),
              }}
            />
            <div>
              <Button type="submit" variant="secondary" pending={pending} pendingLabel={t("offer.pending")}>
                {t("offer.button")}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
