"use client";

import { useTranslations } from "next-intl";
import { CountryField, DescriptionField, SlugField } from "@/components/staff/record-fields";
import { CheckboxField, Field, FieldGroup, SelectField, UrlField } from "@/components/ui/field";
import { Disclosure, PreciseDateField, StaffForm, useStaffForm } from "@/components/ui/form-kit";
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
  const { f, id } = form;
  const o = organisation;
  const isSample = f.failed ? f.value("isSample") === "on" : (o?.isSample ?? false);
  return (
    <StaffForm
      form={form}
      success={t("saved")}
      hidden={{ id: o?.id }}
      submit={{ pendingLabel: t("saving"), children: o ? t("save") : t("create") }}
    >
      <Field id={`${id}-name`} label={t("name")} required maxLength={300} {...f.bind("name", o?.name)} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id={`${id}-short`}
          label={t("shortName")}
          hint={t("shortNameHint")}
          maxLength={60}
          {...f.bind("shortName", o?.shortName)}
        />
        {o ? null : <SlugField id={`${id}-slug`} f={f} label={t("slug")} hint={t("slugHint")} />}
        <SelectField
          id={`${id}-kind`}
          label={t("kind")}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
          {...f.bind("kind", o?.kind ?? "ngo")}
        />
        <CountryField
          id={`${id}-country`}
          f={f}
          label={t("country")}
          hint={t("countryHint")}
          initial={o?.country}
        />
      </div>
      <UrlField id={`${id}-website`} label={t("website")} {...f.bind("website", o?.website)} />
      <DescriptionField id={`${id}-description`} f={f} label={t("description")} initial={o?.description} />
      <FieldGroup id={`${id}-declared`} legend={t("declared")} hint={t("declaredHint")} boxed>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            id={`${id}-declared-n`}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            label={t("declaredNumber")}
            {...f.bind("declaredMembership", o?.declaredMembership)}
          />
          <Field
            id={`${id}-declared-label`}
            label={t("declaredLabel")}
            hint={t("declaredLabelHint")}
            maxLength={100}
            {...f.bind("declaredMembershipLabel", o?.declaredMembershipLabel)}
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
  const { f, id } = form;
  return (
    <Disclosure summary={t("add")} open={form.open}>
      <StaffForm
        form={form}
        success={t("added")}
        hidden={{ coalitionId }}
        submit={{ pendingLabel: t("saving"), children: t("addSubmit") }}
      >
        <SelectField
          id={`${id}-member`}
          label={t("member")}
          required
          options={[
            { value: "", label: t("chooseMember") },
            ...options.map((o) => ({ value: o.id, label: o.name })),
          ]}
          {...f.bind("memberId")}
        />
        <PreciseDateField id={`${id}-joined`} legend={t("joinedOn")} f={f} date={{ name: "joinedOn" }} />
      </StaffForm>
    </Disclosure>
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
  const { f, id } = form;
  return (
    <Disclosure summary={t("end")} open={form.open}>
      <StaffForm
        form={form}
        gap="gap-4"
        hidden={{ id: membershipId }}
        submit={{
          variant: "secondary",
          pendingLabel: t("saving"),
          "aria-label": `${t("endSubmit")}: ${memberName}`,
          children: t("endSubmit"),
        }}
      >
        <Field
          id={`${id}-left`}
          type="date"
          required
          label={t("leftOn")}
          className="sm:max-w-56"
          {...f.bind("leftOn")}
        />
      </StaffForm>
    </Disclosure>
  );
}
