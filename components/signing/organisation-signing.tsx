"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, SelectField } from "@/components/ui/field";
import { StatusBadge } from "@/components/ui/status-badge";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { signOrganisationAction, withdrawOrganisationSignatureAction } from "@/lib/actions/signing/server";
import type { SignatureVisibility } from "@/lib/domain/signatures";
import { type LetterShare, NextStep } from "./next-step";
import { type SignedText, SignedTextFields } from "./signed-text-fields";
import { VisibilityFieldset } from "./visibility-fieldset";

/** One of the user's organisations, signed on this letter or not. */
export type SigningOrganisation = {
  id: string;
  name: string;
  /** Its live signature on the letter, if any. */
  signature: {
    id: string;
    status: "pending" | "confirmed";
    visibility: SignatureVisibility;
    signedBy: string | null;
    signedAt: Date;
    /** The user may withdraw it and the letter has not been sent. */
    canWithdraw: boolean;
  } | null;
};

const FIELDS = ["organisationId", "visibility"] as const;

/**
 * Signing for the organisations the user may sign for: those that have signed, by whom
 * and when, with a button to withdraw; a form for the others. Both work without
 * JavaScript. After either action the page re-renders from the database; this
 * component stays mounted, so it can say what just happened.
 */
export function OrganisationSigning({
  letterId,
  text,
  organisations,
  share,
}: {
  letterId: string;
  /** The text the page shows, which a signature endorses. */
  text: SignedText;
  organisations: readonly SigningOrganisation[];
  /** Offered once signed: the letter to pass on, and its tally. */
  share: LetterShare;
}) {
  const t = useTranslations();
  const [signState, signAction, signing] = useActionState(signOrganisationAction, null);
  const [withdrawState, withdrawAction, withdrawing] = useActionState(
    withdrawOrganisationSignatureAction,
    null,
  );
  const f = useActionFeedback(signState);
  const withdrawal = useActionFeedback(withdrawState);

  // Only the latest action's outcome is shown: signing, then withdrawing, says "withdrawn".
  const [seen, setSeen] = useState({ signState, withdrawState });
  const [latest, setLatest] = useState<"sign" | "withdraw" | null>(
    signState ? "sign" : withdrawState ? "withdraw" : null,
  );
  if (seen.signState !== signState || seen.withdrawState !== withdrawState) {
    setLatest(seen.withdrawState !== withdrawState ? "withdraw" : "sign");
    setSeen({ signState, withdrawState });
  }

  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? "";
  const signed = organisations.filter((o) => o.signature);
  const unsigned = organisations.filter((o) => !o.signature);
  const organisationError = f.error("organisationId");

  let outcome: ReactNode = null;
  if (latest === "sign" && signState?.ok) {
    const { organisation, status } = signState.data;
    outcome = (
      <div>
        <Alert tone="success">
          {t(
            status === "confirmed" ? "signing.form.organisationSigned" : "signing.form.organisationAwaiting",
            {
              organisation: organisation.name,
            },
          )}
        </Alert>
        <NextStep share={share} />
      </div>
    );
  } else if (latest === "sign" && signState && !signState.ok && unsigned.length === 0) {
    // Refused, and the page now shows no form to put it above: an organisation signed
    // meanwhile (from another tab, or by someone else) and none is left to sign for.
    // Every message in the summary: the fields they belong to are not on the page.
    outcome = <ErrorSummary attempt={signState}>{f.summary()}</ErrorSummary>;
  } else if (latest === "withdraw" && withdrawState) {
    outcome = withdrawState.ok ? (
      <Alert tone="success">
        {t("signing.form.withdrawn", { organisation: nameOf(withdrawState.data.organisation.id) })}
      </Alert>
    ) : (
      <ErrorSummary attempt={withdrawState}>{withdrawal.summary()}</ErrorSummary>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      {outcome}

      {signed.length > 0 ? (
        <section aria-labelledby="organisation-signed-heading">
          <h3 id="organisation-signed-heading" className="text-lg font-bold">
            {t("signing.form.signedHeading")}
          </h3>
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {signed.map(({ id, name, signature: s }) =>
              s ? (
                <li
                  key={id}
                  className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start sm:justify-between"
                >
                  <div className="min-w-0">
                    <p>
                      {s.signedBy
                        ? t("signing.form.signedEntry", {
                            organisation: name,
                            at: s.signedAt,
                            name: s.signedBy,
                          })
                        : t("signing.form.signedEntryNoName", { organisation: name, at: s.signedAt })}
                    </p>
                    <p className="mt-1 flex flex-wrap gap-2">
                      <StatusBadge tone={s.status === "confirmed" ? "success" : "warning"}>
                        {t(`signing.status.${s.status}`)}
                      </StatusBadge>
                      <StatusBadge tone="neutral">{t(`signing.visibility.${s.visibility}`)}</StatusBadge>
                    </p>
                  </div>
                  {s.canWithdraw ? (
                    <ButtonForm
                      action={withdrawAction}
                      hidden={{ signatureId: s.id, organisationId: id }}
                      className="shrink-0"
                      confirm={{
                        summary: t("signing.form.withdraw"),
                        label: t("signing.form.withdrawLabel", { organisation: name }),
                        question: t("signing.form.withdrawQuestion", { organisation: name }),
                      }}
                      button={{
                        pending: withdrawing,
                        pendingLabel: t("signing.form.withdrawing"),
                        "aria-label": t("signing.form.withdrawYesLabel", { organisation: name }),
                        children: t("signing.form.withdrawYes"),
                      }}
                    />
                  ) : null}
                </li>
              ) : null,
            )}
          </ul>
          {signed.some((o) => o.signature?.canWithdraw) ? (
            <p className="mt-2 text-sm text-ink-muted">{t("signing.form.withdrawHint")}</p>
          ) : null}
        </section>
      ) : null}

      {unsigned.length > 0 ? (
        <form action={signAction} noValidate className="flex flex-col gap-5">
          {f.failed ? <ErrorSummary attempt={signState}>{f.summary(FIELDS)}</ErrorSummary> : null}
          <input type="hidden" name="letterId" value={letterId} />
          <SignedTextFields text={text} />
          {unsigned.length === 1 ? (
            <div className="flex flex-col gap-1">
              <input type="hidden" name="organisationId" value={unsigned[0]!.id} />
              <p className="flex flex-col">
                <span className="font-semibold text-ink">{t("signing.form.organisationFor")}</span>
                <span className="font-serif text-xl font-bold">{unsigned[0]!.name}</span>
              </p>
              {organisationError ? (
                <FieldError id="organisation-error">{organisationError}</FieldError>
              ) : null}
            </div>
          ) : (
            <SelectField
              id="organisation-id"
              label={t("signing.form.organisationChoose")}
              hint={t("signing.form.organisationChooseHint")}
              className="sm:max-w-md"
              options={unsigned.map((o) => ({ value: o.id, label: o.name }))}
              {...f.bind("organisationId", unsigned[0]?.id)}
            />
          )}
          <VisibilityFieldset
            id="organisation-visibility"
            legend={t("signing.form.organisationVisibilityLegend")}
            choices={[
              { value: "public", label: t("signing.form.organisationVisibilityPublic") },
              {
                value: "name_withheld",
                label: t("signing.form.organisationVisibilityWithheld"),
                hint: t("signing.form.organisationVisibilityWithheldHint"),
              },
            ]}
            {...f.bind("visibility", "public")}
          />
          <div>
            <Button type="submit" pending={signing} pendingLabel={t("signing.form.pending")}>
              {unsigned.length === 1
                ? t("signing.form.organisationSubmit", { organisation: unsigned[0]!.name })
                : t("signing.form.organisationSubmitChosen")}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
