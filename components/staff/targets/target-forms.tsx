"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { SelectField, StaffForm, TextAreaField, useStaffForm } from "@/components/ui/form-kit";
import type { StaffTargetDetail } from "@/db/queries/staff-campaigns";
import {
  createTargetAction,
  setTargetHolidaysAction,
  updateTargetAction,
} from "@/lib/actions/targets/server";
import { TARGET_KINDS } from "@/lib/domain/campaigns";
import { formatHolidayLines } from "@/lib/validations/campaigns";

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
  const form = useStaffForm(target ? updateTargetAction : createTargetAction);
  const { f, id } = form;
  return (
    <StaffForm
      form={form}
      success={t("saved")}
      hidden={{ id: target?.id }}
      submit={{ pendingLabel: t("saving"), children: target ? t("save") : t("create") }}
    >
      <Field
        id={`${id}-name`}
        label={t("name")}
        hint={t("nameHint")}
        required
        maxLength={300}
        {...f.bind("name", target?.name)}
      />
      {target ? null : (
        <Field
          id={`${id}-slug`}
          label={t("slug")}
          hint={t("slugHint")}
          maxLength={100}
          spellCheck={false}
          autoCapitalize="none"
          {...f.bind("slug")}
        />
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          id={`${id}-kind`}
          label={t("kind")}
          options={TARGET_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
          {...f.bind("kind", target?.kind ?? "government")}
        />
        <Field
          id={`${id}-country`}
          label={t("country")}
          hint={t("countryHint")}
          maxLength={2}
          autoCapitalize="characters"
          spellCheck={false}
          {...f.bind("country", target?.country)}
        />
      </div>
      <Field
        id={`${id}-zone`}
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        required
        list={`${id}-zones`}
        spellCheck={false}
        autoCapitalize="none"
        autoComplete="off"
        {...f.bind("timeZone", target?.timeZone ?? "UTC")}
      />
      <datalist id={`${id}-zones`}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <TextAreaField
        id={`${id}-description`}
        label={t("description")}
        rows={3}
        maxLength={5000}
        {...f.bind("description", target?.description)}
      />
    </StaffForm>
  );
}

/** The target's public holidays, one a line, skipped by "N working days" deadlines. */
export function HolidaysForm({ target }: { target: StaffTargetDetail }) {
  const t = useTranslations("staffTargets.holidays");
  const form = useStaffForm(setTargetHolidaysAction);
  const { f, id } = form;
  return (
    <StaffForm
      form={form}
      success={t("saved")}
      hidden={{ id: target.id }}
      submit={{ variant: "secondary", pendingLabel: t("saving"), children: t("save") }}
    >
      <TextAreaField
        id={`${id}-holidays`}
        label={t("label")}
        hint={t("hint")}
        rows={8}
        spellCheck={false}
        {...f.bind("holidays", formatHolidayLines(target.holidays))}
      />
    </StaffForm>
  );
}
