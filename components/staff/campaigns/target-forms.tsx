"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import {
  createTargetAction,
  setTargetHolidaysAction,
  updateTargetAction,
} from "@/app/actions/staff-campaigns";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { StaffTargetDetail } from "@/db/queries/staff-campaigns";
import { formatHolidayLines, TARGET_KINDS } from "@/lib/validations/campaigns";
import { FormFeedback, SelectField, TextAreaField, useFormFeedback } from "./form-kit";

/** Creates or edits a target: who a campaign presses, and the time zone its deadlines run in. */
export function TargetForm({
  target,
  timeZones,
}: {
  target?: StaffTargetDetail;
  timeZones: readonly string[];
}) {
  const t = useTranslations("staffTargets.form");
  const tKind = useTranslations("staffCampaignForms.targetKinds");
  const [state, formAction, pending] = useActionState(target ? updateTargetAction : createTargetAction, null);
  const f = useFormFeedback(state);
  const id = useId();
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormFeedback feedback={f} success={t("saved")} />
      {target ? <input type="hidden" name="id" value={target.id} /> : null}
      <Field
        id={`${id}-name`}
        name="name"
        label={t("name")}
        hint={t("nameHint")}
        required
        maxLength={300}
        defaultValue={f.value("name", target?.name)}
        error={f.error("name")}
      />
      {target ? null : (
        <Field
          id={`${id}-slug`}
          name="slug"
          label={t("slug")}
          hint={t("slugHint")}
          maxLength={100}
          spellCheck={false}
          autoCapitalize="none"
          defaultValue={f.value("slug")}
          error={f.error("slug")}
        />
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          id={`${id}-kind`}
          name="kind"
          label={t("kind")}
          defaultValue={f.value("kind", target?.kind ?? "government")}
          options={TARGET_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
          error={f.error("kind")}
        />
        <Field
          id={`${id}-country`}
          name="country"
          label={t("country")}
          hint={t("countryHint")}
          maxLength={2}
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={f.value("country", target?.country)}
          error={f.error("country")}
        />
      </div>
      <Field
        id={`${id}-zone`}
        name="timeZone"
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        required
        list={`${id}-zones`}
        spellCheck={false}
        autoCapitalize="none"
        autoComplete="off"
        defaultValue={f.value("timeZone", target?.timeZone ?? "UTC")}
        error={f.error("timeZone")}
      />
      <datalist id={`${id}-zones`}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <TextAreaField
        id={`${id}-description`}
        name="description"
        label={t("description")}
        rows={3}
        maxLength={5000}
        defaultValue={f.value("description", target?.description)}
        error={f.error("description")}
      />
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("saving")}>
          {target ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}

/** The target's public holidays, one a line, skipped by "N working days" deadlines. */
export function HolidaysForm({ target }: { target: StaffTargetDetail }) {
  const t = useTranslations("staffTargets.holidays");
  const [state, formAction, pending] = useActionState(setTargetHolidaysAction, null);
  const f = useFormFeedback(state);
  const id = useId();
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormFeedback feedback={f} success={t("saved")} />
      <input type="hidden" name="id" value={target.id} />
      <TextAreaField
        id={`${id}-holidays`}
        name="holidays"
        label={t("label")}
        hint={t("hint")}
        rows={8}
        spellCheck={false}
        defaultValue={f.value("holidays", formatHolidayLines(target.holidays))}
        error={f.error("holidays")}
      />
      <div>
        <Button type="submit" variant="secondary" pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
