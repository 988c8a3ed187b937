"use client";

import { useTranslations } from "next-intl";
import {
  CountryField,
  DescriptionField,
  NameField,
  ShortNameField,
  SlugField,
} from "@/components/staff/record-fields";
import { CheckboxField, Field, FieldGroup, NumberField, SelectField, UrlField } from "@/components/ui/field";
import { PreciseDateField, StaffForm, useStaffForm } from "@/components/ui/form-kit";
import type { StaffOrganisationDetail } from "@/db/queries/staff-organisations";
import {
  addCoalitionMemberAction,
  createOrganisationAction,
  endCoalitionMembershipAction,
  updateOrganisationAction,
} from "@/lib/actions/organisations/server";
import { ORGANISATION_KINDS } from "@/lib/domain/campaigns";

/** Creates or edits an organisation; a coalition or network also declares its membership here. */
export function OrganisationForm({ organisation }: { organisation?: StaffOrganisationDetail }) {
  const t = useTranslations("staffOrganisations.form");
  const tKind = useTranslations("staffCampaignForms.organisationKinds");
  const form = useStaffForm(organisation ? updateOrganisationAction : createOrganisationAction);
  const { f, id, field } = form;
  const o = organisation;
  const isSample = f.failed ? f.value("isSample") === "on" : (o?.isSample ?? false);
  return (
    <StaffForm
      form={form}
      success={t("saved")}
      hidden={{ id: o?.id }}
      submit={{ pendingLabel: t("saving"), children: o ? t("save") : t("create") }}
    >
      <NameField form={form} label={t("name")} initial={o?.name} />
      <div className="grid gap-5 sm:grid-cols-2">
        <ShortNameField form={form} label={t("shortName")} hint={t("shortNameHint")} initial={o?.shortName} />
        {o ? null : <SlugField form={form} label={t("slug")} hint={t("slugHint")} />}
        <SelectField
          label={t("kind")}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
          {...field("kind", o?.kind ?? "ngo")}
        />
        <CountryField form={form} label={t("country")} hint={t("countryHint")} initial={o?.country} />
      </div>
      <UrlField label={t("website")} {...field("website", o?.website)} />
      <DescriptionField form={form} label={t("description")} initial={o?.description} />
      <FieldGroup id={`${id}-declared`} legend={t("declared")} hint={t("declaredHint")} boxed>
        <div className="grid gap-5 sm:grid-cols-2">
          <NumberField
            min={1}
            label={t("declaredNumber")}
            {...field("declaredMembership", o?.declaredMembership)}
          />
          <Field
            label={t("declaredLabel")}
            hint={t("declaredLabelHint")}
            maxLength={100}
            {...field("declaredMembershipLabel", o?.declaredMembershipLabel)}
          />
        </div>
      </FieldGroup>
      <CheckboxField name="isSample" label={t("isSample")} checked={isSample} />
    </StaffForm>
  );
}

/** Adds a member organisation to a coalition from a given date. */
export function AddMemberForm({
  coalitionId,
  options,
}: {
  coalitionId: string;
  options: ReadonlyArray<{ id: string; name: string }>;
}) {
  const t = useTranslations("staffOrganisations.members");
  const form = useStaffForm(addCoalitionMemberAction);
  const { field } = form;
  return (
    <StaffForm
      form={form}
      summary={t("add")}
      success={t("added")}
      hidden={{ coalitionId }}
      submit={{ pendingLabel: t("saving"), children: t("addSubmit") }}
    >
      <SelectField
        label={t("member")}
        required
        placeholder={t("chooseMember")}
        options={options.map((o) => ({ value: o.id, label: o.name }))}
        {...field("memberId")}
      />
      <PreciseDateField legend={t("joinedOn")} form={form} date={{ name: "joinedOn" }} />
    </StaffForm>
  );
}

/** Ends a current membership on a date; the spell stays in the coalition's history. */
export function EndMembershipForm({
  membershipId,
  memberName,
}: {
  membershipId: string;
  memberName: string;
}) {
  const t = useTranslations("staffOrganisations.members");
  const form = useStaffForm(endCoalitionMembershipAction);
  const { field } = form;
  return (
    <StaffForm
      form={form}
      summary={t("end")}
      gap="gap-4"
      hidden={{ id: membershipId }}
      submit={{
        variant: "secondary",
        pendingLabel: t("saving"),
        "aria-label": `${t("endSubmit")}: ${memberName}`,
        children: t("endSubmit"),
      }}
    >
      <Field type="date" required label={t("leftOn")} className="sm:max-w-56" {...field("leftOn")} />
    </StaffForm>
  );
}
