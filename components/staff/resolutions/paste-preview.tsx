"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { CheckboxField, controlClasses, FieldError } from "@/components/ui/field";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { ActionFeedback } from "@/components/ui/use-action-feedback";
import type { PasteRow } from "@/lib/actions/resolutions/paste";

/**
 * Every name of a pasted list as the preview matched it. Names that did not match as
 * pasted come first, each with what it could be: the states an ambiguous name fits, the
 * closest names to an unknown one, a box to type the name instead, and a way to leave it
 * out. The names that matched follow in a table with the state's UN name. Every row's
 * choices are posted back with the form (`row.3.pick` …), so the next step sees them.
 */
export function PastePreview({
  rows,
  f,
  id,
  listError,
}: {
  rows: PasteRow[];
  f: ActionFeedback;
  id: string;
  listError?: string;
}) {
  const t = useTranslations("staffResolutions.paste");
  const indexed = rows.map((row, index) => ({ row, index }));
  const toFix = indexed.filter(({ row }) => row.status !== "matched");
  const matched = indexed.filter(({ row }) => row.status === "matched");
  const counts = {
    names: rows.length,
    matched: matched.length,
    fixed: toFix.filter(({ row }) => row.state).length,
    open: toFix.filter(({ row }) => !row.state && !row.dropped).length,
    dropped: rows.filter((row) => row.dropped).length,
  };
  return (
    <section aria-labelledby={`${id}-preview`} className="flex flex-col gap-5">
      <div>
        <h3 id={`${id}-preview`} className="text-xl font-bold">
          {t("previewHeading")}
        </h3>
        <p className="mt-1 text-ink-muted">{t("counts", counts)}</p>
        {listError ? (
          <div className="mt-2">
            <FieldError id={`${id}-list-error`}>{listError}</FieldError>
          </div>
        ) : null}
      </div>
      <input type="hidden" name="rows" value={rows.length} />

      {toFix.length > 0 ? (
        <div>
          <h4 className="font-semibold">{t("toFixHeading", { count: toFix.length })}</h4>
          <ol className="mt-3 flex flex-col gap-4">
            {toFix.map(({ row, index }) => (
              <li key={`${index}:${row.name}:${row.state?.iso3 ?? ""}:${row.other}:${row.dropped}`}>
                <FixRow row={row} index={index} id={id} error={f.error(`row.${index}`)} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      {matched.length > 0 ? (
        <Table
          caption={t("matchedCaption", { count: matched.length })}
          compact
          columns={[{ label: t("pasted") }, { label: t("unName") }, { label: t("leaveOut") }]}
        >
          <TableBody>
            {matched.map(({ row, index }) => {
              const error = f.error(`row.${index}`);
              return (
                <TableRow key={`${index}:${row.name}:${row.dropped}`}>
                  <RowHeader>
                    <input type="hidden" name={`row.${index}.name`} value={row.name} />
                    <input type="hidden" name={`row.${index}.pick`} value={row.state?.iso3 ?? ""} />
                    {row.name}
                  </RowHeader>
                  <TableCell>
                    <span className={row.dropped ? "line-through" : undefined}>{row.state?.name}</span>
                    {row.dropped ? (
                      <span className="block text-sm text-ink-muted">{t("droppedNote")}</span>
                    ) : null}
                    {error ? <FieldError id={`${id}-row-${index}-error`}>{error}</FieldError> : null}
                  </TableCell>
                  <TableCell>
                    <CheckboxField
                      name={`row.${index}.drop`}
                      label={<span className="sr-only">{t("leaveOutName", { name: row.name })}</span>}
                      checked={row.dropped}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
    </section>
  );
}

/** One name that did not match as pasted, with what it could be and a way to fix it. */
function FixRow({ row, index, id, error }: { row: PasteRow; index: number; id: string; error?: string }) {
  const t = useTranslations("staffResolutions.paste");
  const base = `${id}-row-${index}`;
  const pick = `row.${index}.pick`;
  const chosen = row.state?.iso3 ?? (row.other.trim() ? "other" : "");
  const status = row.dropped
    ? t("statusDropped")
    : row.state
      ? t("statusFixed", { state: row.state.name })
      : row.status === "ambiguous"
        ? t("statusAmbiguous")
        : row.choices.length > 0
          ? t("statusUnmatched")
          : t("statusUnknown");
  // Typing a name chooses "the name typed", as a person would expect.
  const chooseTyped = (event: FormEvent<HTMLInputElement>) => {
    const radios = event.currentTarget.form?.elements.namedItem(pick);
    if (radios && "value" in radios) (radios as RadioNodeList).value = "other";
  };
  return (
    <fieldset
      className={`flex flex-col gap-2 rounded-md border p-4 ${error ? "border-danger" : "border-line"}`}
      aria-describedby={error ? `${base}-error` : undefined}
    >
      <legend className="px-1 font-semibold">
        “{row.name}” <span className="font-normal text-ink-muted">— {status}</span>
      </legend>
      <input type="hidden" name={`row.${index}.name`} value={row.name} />
      {error ? <FieldError id={`${base}-error`}>{error}</FieldError> : null}
      {row.choices.length > 0 ? (
        <p className="text-sm text-ink-muted">
          {row.status === "ambiguous" ? t("candidatesHint") : t("suggestionsHint")}
        </p>
      ) : null}
      {/* With nothing to choose from, the typed name is all there is: no choice to make. */}
      {row.choices.length > 0 ? (
        <div className="flex flex-col">
          {row.choices.map((choice) => (
            <label key={choice.iso3} className="inline-flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name={pick}
                value={choice.iso3}
                defaultChecked={chosen === choice.iso3}
                className="size-5 accent-accent"
              />
              <span>{choice.name}</span>
            </label>
          ))}
          <label className="inline-flex min-h-11 items-center gap-3">
            <input
              type="radio"
              name={pick}
              value="other"
              defaultChecked={chosen === "other"}
              className="size-5 accent-accent"
            />
            <span>{t("typedChoice")}</span>
          </label>
        </div>
      ) : null}
      <div className={`flex flex-col gap-1 ${row.choices.length > 0 ? "sm:ml-8" : ""}`.trim()}>
        <label htmlFor={`${base}-other`} className="text-sm font-medium">
          {t("typedLabel", { name: row.name })}
        </label>
        <input
          id={`${base}-other`}
          name={`row.${index}.other`}
          defaultValue={row.other}
          maxLength={200}
          spellCheck={false}
          autoComplete="off"
          onInput={chooseTyped}
          className={`${controlClasses} w-full sm:w-96`}
        />
      </div>
      <CheckboxField
        name={`row.${index}.drop`}
        label={t("leaveOutName", { name: row.name })}
        checked={row.dropped}
      />
    </fieldset>
  );
}
