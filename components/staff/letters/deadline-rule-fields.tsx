"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field, FieldError, RadioChoices } from "@/components/ui/field";
import { DEADLINE_RULES, type DeadlineRule } from "@/lib/domain/deadlines";
import { MAX_DEADLINE_DAYS } from "@/lib/validations/form-fields";

type Props = {
  rule: DeadlineRule;
  date: string;
  days: string;
  errors: { rule?: string; date?: string; days?: string };
};

/**
 * The response deadline: a rule and the one input it needs. Without JavaScript both
 * inputs show (the server ignores the one the rule does not use); with it, only the
 * matching one does.
 */
export function DeadlineRuleFields({ rule: initialRule, date, days, errors }: Props) {
  const t = useTranslations("staffLetters.form");
  const [rule, setRule] = useState(initialRule);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const showDate = !hydrated || rule === "date";
  const showDays = !hydrated || rule === "calendar_days" || rule === "working_days";

  return (
    <fieldset
      className="flex flex-col gap-3"
      aria-describedby={errors.rule ? "deadline-rule-error" : "deadline-rule-hint"}
    >
      <legend className="font-semibold text-ink">{t("deadline.legend")}</legend>
      <p id="deadline-rule-hint" className="-mt-1 text-sm text-ink-muted">
        {t("deadline.hint")}
      </p>
      <RadioChoices
        name="deadlineRule"
        choices={DEADLINE_RULES.map((value) => ({ value, label: t(`deadline.rules.${value}`) }))}
        checked={initialRule}
        onChoose={setRule}
      />
      {errors.rule ? <FieldError id="deadline-rule-error">{errors.rule}</FieldError> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {showDate ? (
          <Field
            id="deadline-date"
            name="deadlineDate"
            type="date"
            label={t("deadline.date")}
            hint={hydrated ? undefined : t("deadline.dateOnly")}
            defaultValue={date}
            error={errors.date}
          />
        ) : null}
        {showDays ? (
          <Field
            id="deadline-days"
            name="deadlineDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_DEADLINE_DAYS}
            step={1}
            label={
              hydrated && rule === "working_days"
                ? t("deadline.workingDays")
                : hydrated && rule === "calendar_days"
                  ? t("deadline.calendarDays")
                  : t("deadline.days")
            }
            hint={hydrated ? t("deadline.daysHint") : t("deadline.daysOnly")}
            defaultValue={days}
            error={errors.days}
          />
        ) : null}
      </div>
    </fieldset>
  );
}
