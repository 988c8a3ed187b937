"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FollowOffer } from "@/components/following/follow-offer";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { confirmSignatureAction } from "@/lib/actions/signing/server";
import type { CountryOption } from "./countries";
import { type LetterShare, NextStep } from "./next-step";
import { SignatoryFields } from "./signatory-fields";
import { PublishedLine, type PublishedSignature, SignatureAppearance } from "./signature-appearance";

/** Fields whose errors are shown beside them; any other error is shown above the form. */
const FIELDS = ["name", "titleAffiliation", "country", "visibility"] as const;

/**
 * What the signature will publish, and the form that confirms it: the details stand in
 * their fields for the owner of the address to correct (anyone may have typed them), and
 * the button POSTs them with the token, so it also works without JavaScript.
 */
export function ConfirmForm({
  token,
  signature,
  countries,
  share,
  campaignTitle,
}: {
  token: string;
  /** The letter's campaign, offered to follow once the signature is confirmed. */
  campaignTitle: string;
  /** The details as signed: what is published if nothing is changed. */
  signature: PublishedSignature;
  countries: readonly CountryOption[];
  /** Offered once confirmed: the letter to pass on, and its tally. */
  share: LetterShare;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(confirmSignatureAction, null);
  const f = useActionFeedback(state);

  if (state?.ok) {
    const { letter, status, signature: published } = state.data;
    return (
      <div className="mt-6 flex flex-col gap-4">
        <Alert tone="success">
          {t(status === "confirmed" ? "signing.confirm.confirmed" : "signing.confirm.awaiting", {
            letter: letter.title,
          })}
        </Alert>
        <SignatureAppearance
          signature={published}
          letter={{
            campaignSlug: letter.campaignSlug,
            letterSlug: letter.letterSlug,
            letterTitle: letter.title,
          }}
        />
        <NextStep heading="h2" share={share} />
        <FollowOffer token={token} campaignTitle={campaignTitle} />
      </div>
    );
  }

  return (
    <div className="mt-6 flex flex-col gap-6">
      <section aria-labelledby="published-heading" className="flex flex-col gap-2">
        <h2 id="published-heading" className="text-xl font-bold">
          {t("signing.confirm.publishedHeading")}
        </h2>
        <PublishedLine signature={signature} />
      </section>
      <form action={formAction} noValidate className="flex flex-col gap-5">
        {f.failed ? <ErrorSummary attempt={state}>{f.summary(FIELDS)}</ErrorSummary> : null}
        <input type="hidden" name="token" value={token} />
        <fieldset className="flex flex-col gap-5">
          <legend className="mb-1 text-xl font-bold">{t("signing.confirm.correctHeading")}</legend>
          <p className="text-ink-muted">{t("signing.confirm.correctHint")}</p>
          <SignatoryFields
            idPrefix="confirm"
            feedback={f}
            countries={countries}
            initial={{
              name: signature.displayName,
              titleAffiliation: signature.titleAffiliation,
              country: signature.country,
              visibility: signature.visibility,
            }}
          />
        </fieldset>
        <input type="hidden" name="newsChoice" value="1" />
        <div className="flex items-start gap-3">
          <input
            // Remounted with what was chosen when a submission comes back with errors.
            key={f.failed ? `news-${f.failed.values?.notifyUpdates ?? "off"}` : "news"}
            type="checkbox"
            id="confirm-news"
            name="notifyUpdates"
            defaultChecked={f.failed ? f.failed.values?.notifyUpdates === "on" : true}
            aria-describedby="confirm-news-hint"
            className="mt-1 size-5 shrink-0 accent-accent"
          />
          <div className="flex flex-col">
            <label htmlFor="confirm-news" className="font-medium">
              {t("following.signerNews.label")}
            </label>
            <p id="confirm-news-hint" className="text-sm text-ink-muted">
              {t("following.signerNews.hint")}
            </p>
          </div>
        </div>
        <div>
          <Button type="submit" pending={pending} pendingLabel={t("signing.confirm.pending")}>
            {t("signing.confirm.button")}
          </Button>
        </div>
      </form>
    </div>
  );
}
