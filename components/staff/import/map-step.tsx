"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckboxField, controlClasses, FieldError } from "@/components/ui/field";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useLocalePath } from "@/i18n/locale-path";
import type { ImportWizardState } from "@/lib/actions/import/definitions";
import { columnLetter } from "./column-letter";
import type { StepForm } from "./import-wizard";

type MapState = Extract<ImportWizardState, { step: "map" }>;

const COLUMN_FIELDS = [
  "nameColumn",
  "emailColumn",
  "organisationColumn",
  "titleAffiliationColumn",
  "countryColumn",
] as const;

/** Step 2: which column holds what, guessed from the headers; a few rows show what each holds. */
export function MapStep({
  state,
  form,
  pending,
  fieldError,
}: {
  state: MapState;
  form: StepForm;
  pending: boolean;
  fieldError: (field: string) => string | undefined;
}) {
  const t = useTranslations("staffImport.map");
  const startAgainHref = useLocalePath("/staff/import");
  const columnLabel = (i: number) =>
    state.headers[i]
      ? t("column", { letter: columnLetter(i), header: state.headers[i] })
      : t("columnBlank", { letter: columnLetter(i) });
  const columns = state.headers.map((_, i) => ({ value: String(i), label: columnLabel(i) }));

  const select = (
    name: string,
    options: Array<{ value: string; label: string }>,
    extra?: { hint?: string; group?: Array<{ value: string; label: string }> },
  ) => {
    const id = `import-${name}`;
    const error = fieldError(name);
    const describedBy = [extra?.hint ? `${id}-hint` : null, error ? `${id}-error` : null]
      .filter(Boolean)
      .join(" ");
    return (
      <div key={name} className="flex flex-col gap-1.5">
        <label htmlFor={id} className="font-semibold text-ink">
          {t(`fields.${name}`)}
        </label>
        {extra?.hint ? (
          <p id={`${id}-hint`} className="text-sm text-ink-muted">
            {extra.hint}
          </p>
        ) : null}
        <select
          id={id}
          name={name}
          defaultValue={state.mapping[name] ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={`${controlClasses} w-full`}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {extra?.group ? (
            <optgroup label={t("readFromColumn")}>
              {extra.group.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
      </div>
    );
  };

  const fromColumns = columns.map((c) => ({ value: `column:${c.value}`, label: c.label }));

  return (
    <div className="mt-4 flex flex-col gap-6">
      <p className="max-w-2xl text-ink-muted">
        {t("intro", { count: state.rowCount, letter: state.letterTitle })}
      </p>

      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="px-3 py-2 text-left font-semibold text-ink sm:px-4">
            {t("sampleCaption")}
          </caption>
          <thead className="border-y border-line bg-paper-deep text-ink-muted">
            <tr>
              {state.headers.map((header, i) => (
                <th
                  key={columnLetter(i)}
                  scope="col"
                  className="px-3 py-2 font-semibold whitespace-nowrap sm:px-4"
                >
                  <span className="mr-1 text-xs">{columnLetter(i)}</span>
                  {header || t("noHeader")}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {state.samples.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no identity but their place.
              <tr key={r}>
                {state.headers.map((_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column.
                  <td key={i} className="max-w-[16rem] truncate px-3 py-2 sm:px-4">
                    {row[i] ?? ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form action={form.action} onSubmit={form.onSubmit} noValidate className="flex flex-col gap-6">
        <HiddenFields fields={{ step: "preview", letterId: state.letterId, csv: state.csv }} />
        <fieldset className="grid gap-5 sm:grid-cols-2">
          <legend className="mb-3 font-semibold text-ink">{t("columnsLegend")}</legend>
          {COLUMN_FIELDS.map((name) =>
            select(name, [{ value: "", label: t("notInFile") }, ...columns], {
              hint: name === "organisationColumn" || name === "nameColumn" ? t(`hints.${name}`) : undefined,
            }),
          )}
        </fieldset>
        <fieldset className="grid gap-5 sm:grid-cols-2">
          <legend className="mb-3 font-semibold text-ink">{t("rowsLegend")}</legend>
          {select(
            "kind",
            [
              { value: "fixed:individual", label: t("kind.individual") },
              { value: "fixed:organisation", label: t("kind.organisation") },
            ],
            { hint: t("hints.kind"), group: fromColumns },
          )}
          {select(
            "visibility",
            [
              { value: "fixed:name_withheld", label: t("visibility.name_withheld") },
              { value: "fixed:public", label: t("visibility.public") },
            ],
            { hint: t("hints.visibility"), group: fromColumns },
          )}
        </fieldset>
        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-2 font-semibold text-ink">{t("sampleLegend")}</legend>
          <p className="text-sm text-ink-muted">{t("sampleHint")}</p>
          <CheckboxField name="isSample" label={t("isSample")} checked={state.mapping.isSample === "on"} />
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" pending={pending} pendingLabel={t("checking")}>
            {t("submit")}
          </Button>
          <a href={startAgainHref}>{t("startAgain")}</a>
        </div>
      </form>
    </div>
  );
}
