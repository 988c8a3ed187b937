"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { useLocalePath } from "@/i18n/locale-path";
import type { ImportWizardState } from "@/lib/actions/import/definitions";
import { letterPath, staffSignaturesExportPath } from "@/lib/domain/urls";

type Outcome = Extract<ImportWizardState, { step: "done" }>["outcome"];

/** What the import added, with the bar full, and where to go next. */
export function DoneStep({ outcome }: { outcome: Outcome }) {
  const t = useTranslations("staffImport.done");
  const letterHref = useLocalePath(letterPath(outcome.campaignSlug, outcome.letterSlug));
  const againHref = useLocalePath("/staff/import");
  return (
    <div className="mt-4 flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <label htmlFor="import-progress-done" className="font-semibold">
          {t("progressLabel")}
        </label>
        <progress id="import-progress-done" value={1} max={1} className="h-3 w-full accent-success">
          100%
        </progress>
      </div>
      <Alert tone="success" title={t("title", { count: outcome.imported, letter: outcome.letterTitle })}>
        <ul className="mt-2 list-disc pl-5">
          <li>{t("organisations", { count: outcome.organisations })}</li>
          <li>{t("individuals", { count: outcome.individuals })}</li>
          {outcome.organisationsCreated > 0 ? (
            <li>{t("organisationsCreated", { count: outcome.organisationsCreated })}</li>
          ) : null}
          {outcome.skipped > 0 ? <li>{t("skipped", { count: outcome.skipped })}</li> : null}
          {outcome.isSample ? <li>{t("sample")}</li> : null}
        </ul>
      </Alert>
      <p className="text-ink-muted">{t("source")}</p>
      <div className="flex flex-wrap gap-3">
        {outcome.isPublic ? (
          <a href={letterHref} className={buttonClasses("secondary")}>
            {t("viewLetter")}
          </a>
        ) : null}
        <a href={staffSignaturesExportPath(outcome.letterId)} className={buttonClasses("secondary")} download>
          {t("export")}
        </a>
        <a href={againHref} className={buttonClasses("primary")}>
          {t("again")}
        </a>
      </div>
    </div>
  );
}
