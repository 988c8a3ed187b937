"use client";

import { useTranslations } from "next-intl";
import { CountryField, DescriptionField, SlugField } from "@/components/staff/record-fields";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { StaffForm, useStaffForm } from "@/components/ui/form-kit";
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
      {target ? null : <SlugField id={`${id}-slug`} f={f} label={t("slug")} hint={t("slugHint")} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          id={`${id}-kind`}
          label={t("kind")}
          options={TARGET_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
          {...f.bind("kind", target?.kind ?? "government")}
        />
        <CountryField
          id={`${id}-country`}
          f={f}
          label={t("country")}
          hint={t("countryHint")}
          initial={target?.country}
        />
      </div>
      <SelectField
        id={`${id}-state`}
        label={t("state")}
        hint={t("stateHint")}
        {...f.bind("stateIso3", target?.stateIso3)}
      >
        <option value="">{t("noState")}</option>
        {states.map((s) => (
          <option key={s.iso3} value={s.iso3}>
            {s.name}
          </option>
        ))}
      </SelectField>
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
      <DescriptionField
        id={`${id}-description`}
        f={f}
        label={t("description")}
        initial={target?.description}
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
