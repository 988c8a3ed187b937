"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { controlClasses, FieldError, SelectField } from "@/components/ui/field";
import type { ImportLetterOption } from "@/db/queries/import-export";
import type { StepForm } from "./import-wizard";

type Props = {
  letters: ImportLetterOption[];
  letterId?: string;
  /** Pasted text kept after a refusal; an uploaded file has to be chosen again. */
  pasted?: string;
  form: StepForm;
  pending: boolean;
  fieldError: (field: string) => string | undefined;
};

/** Step 1: which letter, and the file (uploaded, or pasted). The server reads the file. */
export function UploadStep({ letters, letterId, pasted, form, pending, fieldError }: Props) {
  const t = useTranslations("staffImport.upload");
  const tStatus = useTranslations("staffImport.letterStatus");
  const letterError = fieldError("letterId");
  const csvError = fieldError("csv");
  const campaigns = [...new Set(letters.map((l) => l.campaignTitle))];

  return (
    <form
      action={form.action}
      onSubmit={form.onSubmit}
      encType="multipart/form-data"
      noValidate
      className="mt-4 flex flex-col gap-6"
    >
      <input type="hidden" name="step" value="map" />
      <p className="max-w-2xl text-ink-muted">{t("intro")}</p>

      <SelectField
        id="import-letter"
        name="letterId"
        label={t("letter")}
        required
        defaultValue={letterId ?? ""}
        error={letterError}
      >
        <option value="">{t("chooseLetter")}</option>
        {campaigns.map((campaign) => (
          <optgroup key={campaign} label={campaign}>
            {letters
              .filter((l) => l.campaignTitle === campaign)
              .map((l) => (
                <option key={l.id} value={l.id} disabled={l.status === "closed"}>
                  {t("letterOption", { title: l.title, status: tStatus(l.status) })}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>

      <fieldset
        aria-describedby={csvError ? "import-csv-hint import-csv-error" : "import-csv-hint"}
        className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 sm:p-5"
      >
        <legend className="px-1 font-semibold text-ink">{t("file")}</legend>
        <p id="import-csv-hint" className="text-sm text-ink-muted">
          {t("fileHint")}
        </p>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="import-file" className="font-semibold text-ink">
            {t("upload")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            aria-invalid={csvError ? true : undefined}
            className="block w-full rounded-md border border-line-strong bg-surface p-2 text-base file:mr-3 file:min-h-9 file:rounded-md file:border-0 file:bg-accent-soft file:px-3 file:font-semibold file:text-accent-strong"
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="import-pasted" className="font-semibold text-ink">
            {t("paste")}
          </label>
          <textarea
            id="import-pasted"
            name="pasted"
            rows={6}
            defaultValue={pasted ?? ""}
            spellCheck={false}
            placeholder={t("pastePlaceholder")}
            aria-invalid={csvError ? true : undefined}
            className={`${controlClasses} w-full font-mono text-sm`}
          />
        </div>
        {csvError ? <FieldError id="import-csv-error">{csvError}</FieldError> : null}
      </fieldset>

      <div>
        <Button type="submit" pending={pending} pendingLabel={t("reading")}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
