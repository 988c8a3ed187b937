"use client";

import { useTranslations } from "next-intl";
import { NameField, ShortNameField, SlugField } from "@/components/staff/record-fields";
import { Field, NumberField, SelectField } from "@/components/ui/field";
import { type FieldBinder, StaffForm, useStaffForm } from "@/components/ui/form-kit";
import type { StaffSessionItem } from "@/db/queries/un-staff";
import { createBodyAction, createSessionAction, updateSessionAction } from "@/lib/actions/resolutions/server";

/** Adds a body resolutions are decided at: a regional human rights body, a treaty body. */
export function BodyForm({ kinds, summary }: { kinds: readonly string[]; summary: string }) {
  const t = useTranslations("staffResolutions.bodyForm");
  const tKind = useTranslations("staffResolutions.bodyKinds");
  const form = useStaffForm(createBodyAction);
  const { field } = form;
  return (
    <StaffForm form={form} summary={summary} submit={{ pendingLabel: t("adding"), children: t("add") }}>
      <NameField form={form} label={t("name")} hint={t("nameHint")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <ShortNameField form={form} label={t("shortName")} hint={t("shortNameHint")} />
        <SelectField
          label={t("kind")}
          options={kinds.map((k) => ({ value: k, label: tKind(k) }))}
          {...field("kind", "other")}
        />
      </div>
      <SlugField form={form} label={t("slug")} hint={t("slugHint")} />
    </StaffForm>
  );
}

/** The body a session or a resolution line belongs to, chosen by name. */
export function BodyField({
  form,
  bodies,
  label,
  placeholder,
}: {
  form: FieldBinder;
  bodies: ReadonlyArray<{ id: string; name: string }>;
  label: string;
  placeholder: string;
}) {
  return (
    <SelectField
      label={label}
      required
      placeholder={placeholder}
      options={bodies.map((b) => ({ value: b.id, label: b.name }))}
      {...form.field("bodyId")}
    />
  );
}

/**
 * Adds a session to a body (chosen here, or fixed by the body's page), or corrects one:
 * its dates carry the asks decided at it, which move when they are corrected.
 */
export function SessionForm({
  kinds,
  bodies,
  bodyId,
  session,
  summary,
}: {
  kinds: readonly string[];
  /** Shown closed under this summary until opened (or until the form has something to say). */
  summary: string;
  /** The bodies to choose from, when the form is not on a body's page. */
  bodies?: ReadonlyArray<{ id: string; name: string }>;
  bodyId?: string;
  session?: StaffSessionItem;
}) {
  const t = useTranslations("staffResolutions.sessionForm");
  const tKind = useTranslations("staffResolutions.sessionKinds");
  const form = useStaffForm(session ? updateSessionAction : createSessionAction);
  const { field } = form;
  const s = session;
  return (
    <StaffForm
      form={form}
      summary={summary}
      success={s ? t("saved") : t("added")}
      hidden={s ? { id: s.id } : { bodyId }}
      submit={{
        variant: s ? "secondary" : "primary",
        pendingLabel: t("saving"),
        children: s ? t("save") : t("add"),
      }}
    >
      {bodies ? (
        <BodyField form={form} bodies={bodies} label={t("body")} placeholder={t("chooseBody")} />
      ) : null}
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField
          label={t("kind")}
          options={kinds.map((k) => ({ value: k, label: tKind(k) }))}
          {...field("kind", s?.kind ?? "regular")}
        />
        <NumberField min={1} label={t("number")} hint={t("numberHint")} {...field("number", s?.number)} />
        <Field
          label={t("label")}
          hint={t("labelHint")}
          required
          maxLength={300}
          {...field("label", s?.label)}
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field type="date" label={t("startsOn")} required {...field("startsOn", s?.startsOn)} />
        <Field
          type="date"
          label={t("endsOn")}
          hint={s ? t("endsOnHint") : undefined}
          required
          {...field("endsOn", s?.endsOn)}
        />
      </div>
    </StaffForm>
  );
}
