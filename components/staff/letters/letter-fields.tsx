"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Field, FieldError, RadioChoices } from "@/components/ui/field";
import type { DeadlineRule } from "@/lib/domain/deadlines";
import { RETENTION_MONTHS_MAX } from "@/lib/domain/personal-data";
import { LETTER_SIGNERS, type LetterSigners } from "@/lib/domain/signatures";
import { DeadlineRuleFields } from "./deadline-rule-fields";
import { MarkdownEditor } from "./markdown-editor";

/** What the letter form shows in its inputs: the saved letter, or what was typed before an error. */
export type LetterFormValues = {
  title: string;
  slug: string;
  addressee: string;
  bodyMarkdown: string;
  whoCanSign: LetterSigners;
  requiresApproval: boolean;
  signingOpensAt: string;
  signingClosesAt: string;
  deadlineRule: DeadlineRule;
  deadlineDate: string;
  deadlineDays: string;
  /** Months signers' data is kept after closing; "": the site's period. */
  retentionMonths: string;
  sourceUrl: string;
};

/** The values to show after a failed submission: what was typed, read from the form's values. */
export function valuesFromForm(initial: LetterFormValues, typed?: Record<string, string>): LetterFormValues {
  if (!typed) return initial;
  const pick = <K extends keyof LetterFormValues>(key: K) =>
    (typed[key] ?? initial[key]) as LetterFormValues[K];
  return {
    title: pick("title"),
    slug: pick("slug"),
    addressee: pick("addressee"),
    bodyMarkdown: pick("bodyMarkdown"),
    whoCanSign: (LETTER_SIGNERS as readonly string[]).includes(typed.whoCanSign ?? "")
      ? (typed.whoCanSign as LetterSigners)
      : initial.whoCanSign,
    requiresApproval: typed.requiresApproval === "on",
    signingOpensAt: pick("signingOpensAt"),
    signingClosesAt: pick("signingClosesAt"),
    deadlineRule: pick("deadlineRule"),
    deadlineDate: pick("deadlineDate"),
    deadlineDays: pick("deadlineDays"),
    retentionMonths: pick("retentionMonths"),
    sourceUrl: pick("sourceUrl"),
  };
}

/** The signing window's two ends: each field's id suffix and message, and its name. */
const SIGNING_WINDOW = [
  ["opens", "signingOpensAt"],
  ["closes", "signingClosesAt"],
] as const;

type Props = {
  values: LetterFormValues;
  error: (field: string) => string | undefined;
  /** The target's IANA zone, in which signing times are read; null until a campaign is chosen. */
  timeZone: string | null;
  /** The public address the slug becomes part of, e.g. "/campaigns/x/letters/". */
  slugPrefix: string | null;
  /** Public letters keep their address. */
  slugLocked: boolean;
  /** Sent letters keep the addressee and text they were sent with. */
  textLocked?: boolean;
  /** The saved text, so the editor can tell whether it was changed. */
  savedBody?: string;
  onBodyChangedChange?: (changed: boolean) => void;
  /** Whom it goes to, under the addressee line (LetterTargetsFields). */
  targets?: ReactNode;
  /** The site's retention period in months (ANSWERABLE_RETENTION_MONTHS), used when the field is empty. */
  retentionDefault: number;
};

/** The fields a letter has, shared by the new-letter and edit forms. */
export function LetterFields({
  values,
  error,
  timeZone,
  slugPrefix,
  slugLocked,
  textLocked = false,
  savedBody,
  onBodyChangedChange,
  targets,
  retentionDefault,
}: Props) {
  const t = useTranslations("staffLetters.form");
  const zone = timeZone ?? t("window.targetZone");

  return (
    <>
      <Field
        id="letter-title"
        name="title"
        label={t("title")}
        required
        maxLength={300}
        defaultValue={values.title}
        error={error("title")}
      />
      <Field
        id="letter-slug"
        name="slug"
        label={t("slug")}
        hint={
          slugLocked
            ? t("slugLocked")
            : slugPrefix
              ? t("slugHintWithPrefix", { prefix: slugPrefix })
              : t("slugHint")
        }
        readOnly={slugLocked}
        maxLength={100}
        spellCheck={false}
        autoCapitalize="none"
        defaultValue={values.slug}
        error={error("slug")}
        className={slugLocked ? "[&_input]:bg-paper-deep" : ""}
      />
      <Field
        id="letter-addressee"
        name="addressee"
        label={t("addressee")}
        hint={textLocked ? t("textLocked") : t("addresseeHint")}
        required
        readOnly={textLocked}
        maxLength={300}
        defaultValue={values.addressee}
        error={error("addressee")}
        className={textLocked ? "[&_input]:bg-paper-deep" : ""}
      />
      {targets}
      <MarkdownEditor
        name="bodyMarkdown"
        label={t("body")}
        hint={textLocked ? t("textLocked") : t("bodyHint")}
        readOnly={textLocked}
        defaultValue={values.bodyMarkdown}
        error={error("bodyMarkdown")}
        original={savedBody}
        onChangedChange={onBodyChangedChange}
      />

      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={error("whoCanSign") ? "who-can-sign-error" : undefined}
      >
        <legend className="font-semibold text-ink">{t("whoCanSign.legend")}</legend>
        <RadioChoices
          name="whoCanSign"
          choices={LETTER_SIGNERS.map((value) => ({ value, label: t(`whoCanSign.${value}`) }))}
          checked={values.whoCanSign}
        />
        {error("whoCanSign") ? <FieldError id="who-can-sign-error">{error("whoCanSign")!}</FieldError> : null}
      </fieldset>

      <div className="flex flex-col gap-1">
        <label className="flex min-h-11 items-start gap-3">
          <input
            type="checkbox"
            name="requiresApproval"
            defaultChecked={values.requiresApproval}
            aria-describedby="requires-approval-hint"
            className="mt-1 size-5 shrink-0 accent-accent"
          />
          <span className="font-semibold">{t("requiresApproval")}</span>
        </label>
        <p id="requires-approval-hint" className="pl-8 text-sm text-ink-muted">
          {t("requiresApprovalHint")}
        </p>
      </div>

      <fieldset className="flex flex-col gap-3" aria-describedby="signing-window-hint">
        <legend className="font-semibold text-ink">{t("window.legend")}</legend>
        <p id="signing-window-hint" className="-mt-1 text-sm text-ink-muted">
          {timeZone ? t("window.hint", { zone: timeZone }) : t("window.hintNoZone")}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          {SIGNING_WINDOW.map(([end, name]) => (
            <Field
              key={end}
              id={`signing-${end}`}
              name={name}
              type="datetime-local"
              label={t(`window.${end}`, { zone })}
              defaultValue={values[name]}
              error={error(name)}
            />
          ))}
        </div>
      </fieldset>

      <DeadlineRuleFields
        rule={values.deadlineRule}
        date={values.deadlineDate}
        days={values.deadlineDays}
        errors={{ rule: error("deadlineRule"), date: error("deadlineDate"), days: error("deadlineDays") }}
      />

      <Field
        id="letter-retention"
        name="retentionMonths"
        type="number"
        inputMode="numeric"
        min={0}
        max={RETENTION_MONTHS_MAX}
        label={t("retentionMonths")}
        hint={t("retentionMonthsHint", { months: retentionDefault })}
        placeholder={String(retentionDefault)}
        defaultValue={values.retentionMonths}
        error={error("retentionMonths")}
        className="sm:max-w-xs"
      />

      <Field
        id="letter-source"
        name="sourceUrl"
        type="url"
        inputMode="url"
        label={t("sourceUrl")}
        hint={t("sourceUrlHint")}
        maxLength={2000}
        spellCheck={false}
        defaultValue={values.sourceUrl}
        error={error("sourceUrl")}
      />
    </>
  );
}
