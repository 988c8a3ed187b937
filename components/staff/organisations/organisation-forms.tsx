"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import {
  Disclosure,
  PreciseDateField,
  SelectField,
  StaffForm,
  TextAreaField,
  useStaffForm,
} from "@/components/ui/form-kit";
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
        {o ? null : (
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
        <SelectField
          id={`${id}-kind`}
          label={t("kind")}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
          {...f.bind("kind", o?.kind ?? "ngo")}
        />
        <Field
          id={`${id}-country`}
          label={t("country")}
          hint={t("countryHint")}
          maxLength={2}
          autoCapitalize="characters"
          spellCheck={false}
          {...f.bind("country", o?.country)}
        />
      </div>
      <Field
        id={`${id}-website`}
        type="url"
        inputMode="url"
        spellCheck={false}
        label={t("website")}
        {...f.bind("website", o?.website)}
      />
      <TextAreaField
        id={`${id}-description`}
        label={t("description")}
        rows={3}
        maxLength={5000}
        {...f.bind("description", o?.description)}
      />
      <fieldset
        className="flex flex-col gap-3 rounded-md border border-line p-4"
        aria-describedby={`${id}-declared-hint`}
      >
        <legend className="px-1 font-semibold text-ink">{t("declared")}</legend>
        <p id={`${id}-declared-hint`} className="text-sm text-ink-muted">
          {t("declaredHint")}
        </p>
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
      </fieldset>
      <label className="inline-flex min-h-11 items-center gap-3">
        <input
          key={String(isSample)}
          type="checkbox"
          name="isSample"
          defaultChecked={isSample}
          className="size-5 accent-accent"
        />
        <span>{t("isSample")}</span>
      </label>
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
        <PreciseDateField
          id={`${id}-joined`}
          legend={t("joinedOn")}
          dateName="joinedOn"
          dateValue={f.value("joinedOn")}
          dateError={f.error("joinedOn")}
          withPrecision={false}
        />
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
