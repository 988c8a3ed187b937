"use client";

import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Figures } from "@/components/ui/figures";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useLocalePath } from "@/i18n/locale-path";
import type { ImportWizardState } from "@/lib/actions/import/definitions";
import { columnLetter } from "./column-letter";
import { ImportProgress } from "./import-progress";
import type { StepForm } from "./import-wizard";
import { ProblemTable } from "./problem-table";

type PreviewState = Extract<ImportWizardState, { step: "preview" }>;

/** The figures the preview opens with, in order. */
const SUMMARY = ["rows", "good", "problems", "newOrganisations"] as const;

/** Step 3: what the file adds up to, every row that will not be imported and why, then the import. */
export function PreviewStep({
  state,
  form,
  pending,
}: {
  state: PreviewState;
  form: StepForm;
  pending: boolean;
}) {
  const t = useTranslations("staffImport.preview");
  const startAgainHref = useLocalePath("/staff/import");
  const format = useFormatter();
  // Which of this step's two forms is on its way, so only the import shows progress.
  const [importing, setImporting] = useState(false);
  const submitting = (isImport: boolean) => (event: FormEvent<HTMLFormElement>) => {
    setImporting(isImport);
    form.onSubmit(event);
  };
  const { counts } = state;
  const carried = { letterId: state.letterId, csv: state.csv, ...state.mapping };
  // How the names were chosen: one choice for the whole file, or a column row by row.
  const visibility = state.mapping.visibility ?? "";
  const visibilityColumn = visibility.startsWith("column:") ? Number(visibility.slice(7)) : null;
  const visibilityHow =
    visibilityColumn !== null
      ? t("visibilityColumn", {
          column: state.headers[visibilityColumn]
            ? `${columnLetter(visibilityColumn)} (${state.headers[visibilityColumn]})`
            : columnLetter(visibilityColumn),
        })
      : visibility === "fixed:public"
        ? t("visibilityPublic")
        : t("visibilityWithheld");
  const figures = { ...counts, newOrganisations: state.newOrganisations };

  return (
    <div className="mt-4 flex flex-col gap-8">
      <p className="max-w-2xl text-ink-muted">{t("intro", { letter: state.letterTitle })}</p>

      <Figures
        items={SUMMARY.map((key) => ({
          key,
          label: t(`counts.${key}`),
          value: format.number(figures[key]),
        }))}
      />
      {counts.good > 0 ? (
        <p>{t("goodBreakdown", { organisations: counts.organisations, individuals: counts.individuals })}</p>
      ) : null}

      {counts.good > 0 ? (
        <section
          aria-labelledby="import-visibility-heading"
          className={`rounded-lg border-l-4 bg-surface px-4 py-3 ${
            counts.listed > 0 ? "border-warning" : "border-accent"
          }`}
        >
          <h3 id="import-visibility-heading" className="font-semibold text-ink">
            {t("visibilityHeading")}
          </h3>
          <p className="mt-1 font-semibold">
            {t("visibilityCounts", { listed: counts.listed, withheld: counts.withheld })}
          </p>
          <p className="mt-1 text-ink-muted">{visibilityHow}</p>
        </section>
      ) : null}
      {state.mapping.isSample === "on" ? <p className="font-semibold">{t("sample")}</p> : null}

      {counts.problems > 0 ? (
        <ProblemTable rows={state.problems} total={counts.problems} />
      ) : (
        <p className="font-semibold text-success">
          <span aria-hidden="true">✓ </span>
          {t("noProblems")}
        </p>
      )}

      <div className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 sm:p-5">
        {counts.good > 0 ? (
          <form action={form.action} onSubmit={submitting(true)} className="flex flex-col gap-4">
            <HiddenFields fields={{ step: "import", confirm: "yes", ...carried }} />
            <p>{t("confirm", { count: counts.good, skipped: counts.problems })}</p>
            <div>
              <Button
                type="submit"
                pending={pending && importing}
                pendingLabel={t("importing")}
                disabled={pending}
              >
                {t("submit", { count: counts.good })}
              </Button>
            </div>
          </form>
        ) : (
          <p className="font-semibold">{t("nothingToImport")}</p>
        )}
        <ImportProgress running={pending && importing} count={counts.good} />
        <form action={form.action} onSubmit={submitting(false)} className="flex flex-wrap items-center gap-4">
          <HiddenFields fields={{ step: "remap", ...carried }} />
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("remap")}
          </Button>
          <a href={startAgainHref}>{t("startAgain")}</a>
        </form>
      </div>
    </div>
  );
}
