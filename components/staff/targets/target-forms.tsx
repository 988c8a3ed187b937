"use client";

import { useTranslations } from "next-intl";
import { CountryField, DescriptionField, NameField, SlugField } from "@/components/staff/record-fields";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { StaffForm, useStaffForm } from "@/components/ui/form-kit";
import type { StaffTargetDetail } from "@/db/queries/staff-campaigns";
import {
  createTargetAction,
  setTargetHolidaysAction,
  updateTargetAction,
} from "@/lib/actions/targets/server";
import { TARGET_KINDS } from "@/lib/domain/campaigns";
import { formatHolidayLines } from "@/lib/validations/form-fields";

/** Creates or edits a target: who a campaign presses, and the time zone its deadlines run in. */
export function TargetForm({
  target,
  timeZones,
  states,
}: {
  target?: StaffTargetDetail;
  timeZones: readonly string[];
  /** The UN's states by name, for linking a government to its state. */
  states: ReadonlyArray<{ iso3: string; name: string }>;
}) {
  const t = useTranslations("staffTargets.form");
  const tKind = useTranslations("staffCampaignForms.targetKinds");
  const form = useStaffForm(target ? updateTargetAction : createTargetAction);
  const { id, field } = form;
  return (
    <StaffForm
      form={form}
      success={t("saved")}
      hidden={{ id: target?.id }}
      submit={{ pendingLabel: t("saving"), children: target ? t("save") : t("create") }}
    >
      <NameField form={form} label={t("name")} hint={t("nameHint")} initial={target?.name} />
      {target ? null : <SlugField form={form} label={t("slug")} hint={t("slugHint")} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          label={t("kind")}
          options={TARGET_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
          {...field("kind", target?.kind ?? "government")}
        />
        <CountryField form={form} label={t("country")} hint={t("countryHint")} initial={target?.country} />
      </div>
      <SelectField
        label={t("state")}
        hint={t("stateHint")}
        placeholder={t("noState")}
        options={states.map((s) => ({ value: s.iso3, label: s.name }))}
        {...field("stateIso3", target?.stateIso3)}
      />
      <Field
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        required
        list={`${id}-zones`}
        spellCheck={false}
        autoCapitalize="none"
        autoComplete="off"
        {...field("timeZone", target?.timeZone ?? "UTC")}
      />
      <datalist id={`${id}-zones`}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <DescriptionField form={form} label={t("description")} initial={target?.description} />
    </StaffForm>
  );
}

/** The target's public holidays, one a line, skipped by "N working days" deadlines. */
export function HolidaysForm({ target }: { target: StaffTargetDetail }) {
  const t = useTranslations("staffTargets.holidays");
  const form = useStaffForm(setTargetHolidaysAction);
  const { field } = form;
  return (
    <StaffForm
      form={form}
      success={t("saved")}
      hidden={{ id: target.id }}
      submit={{ variant: "secondary", pendingLabel: t("saving"), children: t("save") }}
    >
      <TextAreaField
        label={t("label")}
        hint={t("hint")}
        rows={8}
        spellCheck={false}
        {...field("holidays", formatHolidayLines(target.holidays))}
      />
    </StaffForm>
  );
}
