"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import {
  addCoalitionMemberAction,
  createOrganisationAction,
  endCoalitionMembershipAction,
  updateOrganisationAction,
} from "@/app/actions/staff-campaigns";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { StaffOrganisationDetail } from "@/db/queries/staff-organisations";
import { ORGANISATION_KINDS } from "@/lib/validations/campaigns";
import {
  Disclosure,
  FormFeedback,
  PreciseDateField,
  SelectField,
  TextAreaField,
  useFormFeedback,
} from "./form-kit";

/** Creates or edits an organisation; a coalition or network also declares its membership here. */
export function OrganisationForm({ organisation }: { organisation?: StaffOrganisationDetail }) {
  const t = useTranslations("staffOrganisations.form");
  const tKind = useTranslations("staffCampaignForms.organisationKinds");
  const [state, formAction, pending] = useActionState(
    organisation ? updateOrganisationAction : createOrganisationAction,
    null,
  );
  const f = useFormFeedback(state);
  const id = useId();
  const o = organisation;
  const isSample = f.failed ? f.value("isSample") === "on" : (o?.isSample ?? false);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormFeedback feedback={f} success={t("saved")} />
      {o ? <input type="hidden" name="id" value={o.id} /> : null}
      <Field
        id={`${id}-name`}
        name="name"
        label={t("name")}
        required
        maxLength={300}
        defaultValue={f.value("name", o?.name)}
        error={f.error("name")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id={`${id}-short`}
          name="shortName"
          label={t("shortName")}
          hint={t("shortNameHint")}
          maxLength={60}
          defaultValue={f.value("shortName", o?.shortName)}
          error={f.error("shortName")}
        />
        {o ? null : (
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
        <SelectField
          id={`${id}-kind`}
          name="kind"
          label={t("kind")}
          defaultValue={f.value("kind", o?.kind ?? "ngo")}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
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
          defaultValue={f.value("country", o?.country)}
          error={f.error("country")}
        />
      </div>
      <Field
        id={`${id}-website`}
        name="website"
        type="url"
        inputMode="url"
        spellCheck={false}
        label={t("website")}
        defaultValue={f.value("website", o?.website)}
        error={f.error("website")}
      />
      <TextAreaField
        id={`${id}-description`}
        name="description"
        label={t("description")}
        rows={3}
        maxLength={5000}
        defaultValue={f.value("description", o?.description)}
        error={f.error("description")}
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
            name="declaredMembership"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            label={t("declaredNumber")}
            defaultValue={f.value("declaredMembership", o?.declaredMembership)}
            error={f.error("declaredMembership")}
          />
          <Field
            id={`${id}-declared-label`}
            name="declaredMembershipLabel"
            label={t("declaredLabel")}
            hint={t("declaredLabelHint")}
            maxLength={100}
            defaultValue={f.value("declaredMembershipLabel", o?.declaredMembershipLabel)}
            error={f.error("declaredMembershipLabel")}
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
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("saving")}>
          {o ? t("save") : t("create")}
        </Button>
      </div>
    </form>
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
  const [state, formAction, pending] = useActionState(addCoalitionMemberAction, null);
  const f = useFormFeedback(state);
  const id = useId();
  return (
    <Disclosure summary={t("add")} open={state !== null}>
      <form action={formAction} noValidate className="flex flex-col gap-5">
        <FormFeedback feedback={f} success={t("added")} />
        <input type="hidden" name="coalitionId" value={coalitionId} />
        <SelectField
          id={`${id}-member`}
          name="memberId"
          label={t("member")}
          required
          defaultValue={f.value("memberId")}
          options={[
            { value: "", label: t("chooseMember") },
            ...options.map((o) => ({ value: o.id, label: o.name })),
          ]}
          error={f.error("memberId")}
        />
        <PreciseDateField
          id={`${id}-joined`}
          legend={t("joinedOn")}
          dateName="joinedOn"
          dateValue={f.value("joinedOn")}
          dateError={f.error("joinedOn")}
          withPrecision={false}
        />
        <div>
          <Button type="submit" pending={pending} pendingLabel={t("saving")}>
            {t("addSubmit")}
          </Button>
        </div>
      </form>
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
  const [state, formAction, pending] = useActionState(endCoalitionMembershipAction, null);
  const f = useFormFeedback(state);
  const id = useId();
  return (
    <Disclosure summary={t("end")} open={state !== null}>
      <form action={formAction} noValidate className="flex flex-col gap-4">
        <FormFeedback feedback={f} />
        <input type="hidden" name="id" value={membershipId} />
        <Field
          id={`${id}-left`}
          name="leftOn"
          type="date"
          required
          label={t("leftOn")}
          className="sm:max-w-56"
          defaultValue={f.value("leftOn")}
          error={f.error("leftOn")}
        />
        <div>
          <Button
            type="submit"
            variant="secondary"
            pending={pending}
            pendingLabel={t("saving")}
            aria-label={`${t("endSubmit")}: ${memberName}`}
          >
            {t("endSubmit")}
          </Button>
        </div>
      </form>
    </Disclosure>
  );
}
