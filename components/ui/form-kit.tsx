"use client";

import { useTranslations } from "next-intl";
import { type ComponentProps, type ReactNode, useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClasses, FieldError } from "@/components/ui/field";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { type ActionFeedback, useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/actions/result";
import type { StaffWrite } from "@/lib/actions/staff-write";
import { DATE_ENTRY_CHOICES, MONTH_PARTS, POSITION_DATE_PRECISIONS, rangeShape } from "@/lib/domain/dates";

/*
 * The pieces every staff form shares: the form's state and shell (outcome, hidden
 * references, submit button; the result read by ui/use-action-feedback), the add-or-edit
 * form of a record inside a disclosure, a date with its precision, and a disclosure that
 * opens itself when its form has something to say. The fields themselves are in ui/field.
 */

export type StaffFormState = ActionResult<StaffWrite> | null;
export type StaffFormAction = (
  previous: StaffFormState,
  formData: FormData,
) => Promise<ActionResult<StaffWrite>>;

/** What a form's fields are drawn with: its feedback, an id prefix, and each field's attributes. */
export type FieldBinder = {
  f: ActionFeedback;
  id: string;
  /** A field's id (made from its name), name, value to show and error, to spread on Field and its kin. */
  field: (
    name: string,
    initial?: Parameters<ActionFeedback["bind"]>[1],
  ) => ReturnType<ActionFeedback["bind"]> & { id: string };
};

/** Binds fields to a form's feedback `f`, their ids under the form's prefix `id`. */
export function bindFields(f: ActionFeedback, id: string): FieldBinder {
  return { f, id, field: (name, initial) => ({ id: `${id}-${name}`, ...f.bind(name, initial) }) };
}

/** A staff form's state: its action's latest result, and its fields bound to it (FieldBinder). */
export function useStaffForm(action: StaffFormAction) {
  const [state, formAction, pending] = useActionState(action, null);
  const f = useActionFeedback(state);
  const id = useId();
  return {
    ...bindFields(f, id),
    formAction,
    pending,
    /** Something to show: a disclosure holding the form opens. */ open: state !== null,
    /** The record's updatedAt after this form's last successful save, for the next one. */
    savedAt: state?.ok ? state.data.updatedAt : undefined,
  };
}

/**
 * A staff form: the outcome first, then hidden references (absent ones left out), the
 * fields, and the submit button on a row of its own. Works without JavaScript. With a
 * `summary`, it waits closed inside a disclosure until opened or until it has something
 * to say.
 */
export function StaffForm({
  form,
  summary,
  tone,
  success,
  hidden = {},
  gap = "gap-5",
  submit,
  children,
}: {
  form: ReturnType<typeof useStaffForm>;
  summary?: ReactNode;
  /** The disclosure's tone: "danger" for a form that takes something back. */
  tone?: "default" | "danger";
  success?: ReactNode;
  hidden?: Record<string, string | null | undefined>;
  gap?: "gap-4" | "gap-5";
  submit: Omit<ComponentProps<typeof Button>, "type" | "pending">;
  children: ReactNode;
}) {
  const content = (
    <form action={form.formAction} noValidate className={`flex flex-col ${gap}`}>
      <FormFeedback feedback={form.f} success={success} />
      <HiddenFields fields={hidden} />
      {children}
      <div>
        <Button type="submit" pending={form.pending} {...submit} />
      </div>
    </form>
  );
  if (summary === undefined) return content;
  return (
    <Disclosure summary={summary} open={form.open} tone={tone}>
      {content}
    </Disclosure>
  );
}

/** The words a record's add-or-edit form uses, under one translation namespace. */
type RecordFormText = (
  key: "edit" | "addSummary" | "saved" | "added" | "addedToDraft" | "saving" | "save" | "add",
) => string;

/**
 * A record's form inside a disclosure: "Add…" under its parent (a new ask, event or
 * response of a campaign), or "Edit" on the record's card. The same fields serve both.
 */
export function RecordForm({
  form,
  t,
  recordId,
  parent,
  inDraft = false,
  children,
}: {
  form: ReturnType<typeof useStaffForm>;
  t: RecordFormText;
  /** The record being edited; absent when adding one. */
  recordId?: string;
  /** The hidden reference a new record is added under: { campaignId }. */
  parent: Record<string, string>;
  /** The parent is still a draft: a new record is public only once the parent is published. */
  inDraft?: boolean;
  children: ReactNode;
}) {
  const editing = recordId !== undefined;
  return (
    <StaffForm
      form={form}
      summary={editing ? t("edit") : t("addSummary")}
      success={editing ? t("saved") : inDraft ? t("addedToDraft") : t("added")}
      hidden={editing ? { id: recordId } : parent}
      submit={{
        variant: editing ? "secondary" : "primary",
        pendingLabel: t("saving"),
        children: editing ? t("save") : t("add"),
      }}
    >
      {children}
    </StaffForm>
  );
}

/** The name of the field holding a range's last day, and of the one naming a part of a month. */
export const rangeFieldNames = (dateName: string) => ({ end: `${dateName}End`, part: `${dateName}Part` });

/**
 * The choice to show for a stored date: a range that is one part of a month (days 1–10,
 * 11–20, 21 to the end) is shown as that part, so an edit keeps it as staff entered it.
 */
function initialChoice(date: string | null | undefined, precision: string, end: string | null | undefined) {
  if (precision !== "range" || !date || !end) return { choice: precision, part: "" };
  const shape = rangeShape({ date, precision: "range", end });
  return shape === "twoDays" || shape === "between"
    ? { choice: "range", part: "" }
    : { choice: "monthPart", part: shape };
}

/**
 * The fields a range needs beside a date and its precision: the last day ("Range of days")
 * and early, mid or late ("Part of a month"). Both are always in the page, so the form
 * works without JavaScript; the stylesheet shows each only while its choice is selected
 * (.precise-date in app/globals.css).
 */
export function RangeFields({
  f,
  id,
  dateName,
  initial,
}: {
  f: ActionFeedback;
  /** The id prefix of the date's fields. */
  id: string;
  dateName: string;
  initial: { end?: string | null; part?: string };
}) {
  const t = useTranslations("staffCampaignForms.date");
  const names = rangeFieldNames(dateName);
  const endError = f.error(names.end);
  const partError = f.error(names.part);
  const partValue = f.value(names.part, initial.part ?? "");
  return (
    <>
      <div className="precise-date-end flex flex-col gap-1">
        <label htmlFor={`${id}-end`} className="text-sm font-medium text-ink">
          {t("end")}
        </label>
        <input
          id={`${id}-end`}
          name={names.end}
          type="date"
          defaultValue={f.value(names.end, initial.end ?? "")}
          aria-invalid={endError ? true : undefined}
          aria-describedby={endError ? `${id}-end-error` : undefined}
          className={`${controlClasses} w-full sm:w-48`}
        />
        {endError ? <FieldError id={`${id}-end-error`}>{endError}</FieldError> : null}
      </div>
      <div className="precise-date-part flex flex-col gap-1">
        <label htmlFor={`${id}-part`} className="text-sm font-medium text-ink">
          {t("part")}
        </label>
        <select
          key={partValue}
          id={`${id}-part`}
          name={names.part}
          defaultValue={partValue}
          aria-invalid={partError ? true : undefined}
          aria-describedby={partError ? `${id}-part-error` : undefined}
          className={`${controlClasses} w-full sm:w-auto sm:min-w-48`}
        >
          <option value="">{t("choosePart")}</option>
          {MONTH_PARTS.map((p) => (
            <option key={p} value={p}>
              {t(`parts.${p}`)}
            </option>
          ))}
        </select>
        {partError ? <FieldError id={`${id}-part-error`}>{partError}</FieldError> : null}
      </div>
    </>
  );
}

/**
 * A calendar date and how much of it the source vouches for ("November 2019" is month
 * precision; "28 or 29 September 2017" a range of days; "late November" a part of a
 * month), read from and written back to the form's feedback. Without `precision`, a
 * plain date; with `ranges` false, no ranges are offered.
 */
export function PreciseDateField({
  form: { f, id: prefix },
  legend,
  date,
  precision,
  end,
  ranges = true,
  required,
}: {
  form: FieldBinder;
  legend: ReactNode;
  /** The date field's name and the value on record. */
  date: { name: string; initial?: string | null };
  /** The precision field's name and the value on record (default "day"). */
  precision?: { name: string; initial?: string | null };
  /** The last day on record of a range. */
  end?: { initial?: string | null };
  /** Whether ranges of days and parts of a month are offered. */
  ranges?: boolean;
  /** Required always (true), or "(optional)" unless `when` says when it is needed. */
  required?: boolean | { when: ReactNode };
}) {
  const t = useTranslations("staffCampaignForms.date");
  const id = `${prefix}-${date.name}`;
  const dateError = f.error(date.name);
  const precisionError = precision ? f.error(precision.name) : undefined;
  const onRecord = initialChoice(date.initial, precision?.initial ?? "day", end?.initial);
  const precisionValue = precision ? f.value(precision.name, onRecord.choice) : "";
  const choices = ranges ? DATE_ENTRY_CHOICES : POSITION_DATE_PRECISIONS;
  return (
    <fieldset className="precise-date flex flex-col gap-1.5" aria-describedby={`${id}-hint`}>
      <legend className="font-semibold text-ink">
        {legend}
        {required === true ? null : (
          <span className="font-normal text-ink-muted"> {required ? required.when : t("optional")}</span>
        )}
      </legend>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {precision ? (ranges ? t("hintRange") : t("hintPrecision")) : t("hint")}
      </p>
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-date`} className="text-sm font-medium text-ink">
            {t("date")}
          </label>
          <input
            id={`${id}-date`}
            name={date.name}
            type="date"
            defaultValue={f.value(date.name, date.initial)}
            required={required === true}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${id}-date-error` : undefined}
            className={`${controlClasses} w-full sm:w-48`}
          />
          {dateError ? <FieldError id={`${id}-date-error`}>{dateError}</FieldError> : null}
        </div>
        {precision ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-precision`} className="text-sm font-medium text-ink">
              {t("precision")}
            </label>
            <select
              key={precisionValue}
              id={`${id}-precision`}
              name={precision.name}
              defaultValue={precisionValue || "day"}
              aria-invalid={precisionError ? true : undefined}
              aria-describedby={precisionError ? `${id}-precision-error` : undefined}
              className={`${controlClasses} w-full sm:w-auto sm:min-w-56`}
            >
              {choices.map((p) => (
                <option key={p} value={p}>
                  {t(`precisions.${p}`)}
                </option>
              ))}
            </select>
            {precisionError ? <FieldError id={`${id}-precision-error`}>{precisionError}</FieldError> : null}
          </div>
        ) : null}
        {precision && ranges ? (
          <RangeFields
            f={f}
            id={id}
            dateName={date.name}
            initial={{ end: onRecord.choice === "range" ? end?.initial : null, part: onRecord.part }}
          />
        ) : null}
      </div>
    </fieldset>
  );
}

/** The form-level outcome: an alert naming what went wrong, or a short confirmation. */
export function FormFeedback({ feedback, success }: { feedback: ActionFeedback; success?: ReactNode }) {
  if (feedback.failed) return <Alert tone="error">{feedback.message(feedback.failed.error)}</Alert>;
  if (feedback.succeeded && success)
    return (
      <p role="status" className="text-sm font-medium text-success">
        <span aria-hidden="true">✓ </span>
        {success}
      </p>
    );
  return null;
}

/**
 * A section of a card that opens on demand; it opens itself when the form inside has
 * an error or a confirmation to show, so neither is ever hidden.
 */
export function Disclosure({
  summary,
  open,
  tone = "default",
  children,
}: {
  summary: ReactNode;
  open: boolean;
  tone?: "default" | "danger";
  children: ReactNode;
}) {
  return (
    <details open={open || undefined} className="group rounded-md border border-line bg-paper">
      <summary
        className={`flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 font-semibold [&::-webkit-details-marker]:hidden ${tone === "danger" ? "text-danger" : "text-accent-strong"}`}
      >
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {summary}
      </summary>
      <div className="border-t border-line px-4 py-4">{children}</div>
    </details>
  );
}
