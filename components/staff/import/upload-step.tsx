"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldError, FileField, OptionGroups, SelectField, TextAreaField } from "@/components/ui/field";
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
        <OptionGroups
          items={letters}
          group={(l) => l.campaignTitle}
          option={(l) => (
            <option key={l.id} value={l.id} disabled={l.status === "closed"}>
              {t("letterOption", { title: l.title, status: tStatus(l.status) })}
            </option>
          )}
        />
      </SelectField>

      <fieldset
        aria-describedby={csvError ? "import-csv-hint import-csv-error" : "import-csv-hint"}
        className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 sm:p-5"
      >
        <legend className="px-1 font-semibold text-ink">{t("file")}</legend>
        <p id="import-csv-hint" className="text-sm text-ink-muted">
          {t("fileHint")}
        </p>
        {/* The error below is the whole fieldset's, read through its aria-describedby. */}
        <FileField
          id="import-file"
          name="file"
          label={t("upload")}
          accept=".csv,.txt,text/csv,text/plain"
          aria-invalid={csvError ? true : undefined}
        />
        <TextAreaField
          id="import-pasted"
          name="pasted"
          label={t("paste")}
          rows={6}
          defaultValue={pasted ?? ""}
          spellCheck={false}
          placeholder={t("pastePlaceholder")}
          aria-invalid={csvError ? true : undefined}
          className="[&_textarea]:font-mono [&_textarea]:text-sm"
        />
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
