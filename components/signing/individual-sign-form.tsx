"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { EmailField } from "@/components/ui/field";
import { LocaleField } from "@/components/ui/locale-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { signIndividualAction } from "@/lib/actions/signing/server";
import type { CountryOption } from "./countries";
import { type LetterShare, NextStep } from "./next-step";
import { SignatoryFields } from "./signatory-fields";
import { type SignedText, SignedTextFields } from "./signed-text-fields";

/** Fields whose errors are shown beside them; any other error is shown above the form. */
const FIELDS = ["name", "email", "titleAffiliation", "country", "visibility"] as const;

/**
 * Signing as an individual, with no account: the answer is always "check your inbox",
 * whether or not the address had signed already. A plain form post without JavaScript.
 */
export function IndividualSignForm({
  letterId,
  text,
  startedAt,
  countries,
  share,
}: {
  letterId: string;
  /** The text the page shows, which the signature endorses. */
  text: SignedText;
  /** When the form was rendered (ms since the epoch): a reply much faster than a person types is a bot signal. */
  startedAt: number;
  countries: readonly CountryOption[];
  /** Offered once signed: the letter to pass on, and its tally. */
  share: LetterShare;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(signIndividualAction, null);
  const f = useActionFeedback(state);

  if (state?.ok) {
    return (
      <>
        <Alert tone="success" title={t("signing.form.checkEmailTitle")}>
          <p>{t("signing.form.checkEmail")}</p>
          <p className="mt-2">{t("signing.form.checkEmailNext")}</p>
        </Alert>
        <NextStep share={share} />
      </>
    );
  }

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <LocaleField />
      {f.failed ? <ErrorSummary attempt={state}>{f.summary(FIELDS)}</ErrorSummary> : null}
      <input type="hidden" name="letterId" value={letterId} />
      <SignedTextFields text={text} />
      <input type="hidden" name="startedAt" value={f.value("startedAt", String(startedAt))} />
      <SignatoryFields
        idPrefix="individual"
        feedback={f}
        countries={countries}
        afterName={
          <EmailField
            id="individual-email"
            autoComplete="email"
            required
            label={t("signing.form.email")}
            hint={t("signing.form.emailHint")}
            {...f.bind("email")}
          />
        }
      />
      {/* The honeypot: off-screen and out of the tab order, so only a program fills it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="individual-website">{t("signing.form.honeypot")}</label>
        <input
          id="individual-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("signing.form.pending")}>
          {t("signing.form.submit")}
        </Button>
      </div>
    </form>
  );
}
