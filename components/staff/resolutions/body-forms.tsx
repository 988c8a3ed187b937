"use client";

import { useTranslations } from "next-intl";
import { SlugField } from "@/components/staff/record-fields";
import { Field, SelectField } from "@/components/ui/field";
import { Disclosure, StaffForm, useStaffForm } from "@/components/ui/form-kit";
import type { StaffSessionItem } from "@/db/queries/un-staff";
import { createBodyAction, createSessionAction, updateSessionAction } from "@/lib/actions/resolutions/server";

/** Adds a body resolutions are decided at: a regional human rights body, a treaty body. */
export function BodyForm({ kinds, summary }: { kinds: readonly string[]; summary?: string }) {
  const t = useTranslations("staffResolutions.bodyForm");
  const tKind = useTranslations("staffResolutions.bodyKinds");
  const form = useStaffForm(createBodyAction);
  const { f, id } = form;
  const content = (
    <StaffForm form={form} submit={{ pendingLabel: t("adding"), children: t("add") }}>
      <Field
        id={`${id}-name`}
        label={t("name")}
        hint={t("nameHint")}
        required
        maxLength={300}
        {...f.bind("name")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id={`${id}-short`}
          label={t("shortName")}
          hint={t("shortNameHint")}
          maxLength={60}
          {...f.bind("shortName")}
        />
        <SelectField
          id={`${id}-kind`}
          label={t("kind")}
          options={kinds.map((k) => ({ value: k, label: tKind(k) }))}
          {...f.bind("kind", "other")}
        />
      </div>
      <SlugField id={`${id}-slug`} f={f} label={t("slug")} hint={t("slugHint")} />
    </StaffForm>
  );
  return summary ? (
    <Disclosure summary={summary} open={form.open}>
      {content}
    </Disclosure>
  ) : (
    content
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
  summary?: string;
  /** The bodies to choose from, when the form is not on a body's page. */
  bodies?: ReadonlyArray<{ id: string; name: string }>;
  bodyId?: string;
  session?: StaffSessionItem;
}) {
  const t = useTranslations("staffResolutions.sessionForm");
  const tKind = useTranslations("staffResolutions.sessionKinds");
  const form = useStaffForm(session ? updateSessionAction : createSessionAction);
  const { f, id } = form;
  const s = session;
  const content = (
    <StaffForm
      form={form}
      success={s ? t("saved") : t("added")}
      hidden={s ? { id: s.id } : { bodyId }}
      submit={{
        variant: s ? "secondary" : "primary",
        pendingLabel: t("saving"),
        children: s ? t("save") : t("add"),
      }}
    >
      {bodies ? (
        <SelectField id={`${id}-body`} label={t("body")} required {...f.bind("bodyId")}>
          <option value="">{t("chooseBody")}</option>
          {bodies.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField
          id={`${id}-kind`}
          label={t("kind")}
          options={kinds.map((k) => ({ value: k, label: tKind(k) }))}
          {...f.bind("kind", s?.kind ?? "regular")}
        />
        <Field
          id={`${id}-number`}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          label={t("number")}
          hint={t("numberHint")}
          {...f.bind("number", s?.number)}
        />
        <Field
          id={`${id}-label`}
          label={t("label")}
          hint={t("labelHint")}
          required
          maxLength={300}
          {...f.bind("label", s?.label)}
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id={`${id}-starts`}
          type="date"
          label={t("startsOn")}
          required
          {...f.bind("startsOn", s?.startsOn)}
        />
        <Field
          id={`${id}-ends`}
          type="date"
          label={t("endsOn")}
          hint={s ? t("endsOnHint") : undefined}
          required
          {...f.bind("endsOn", s?.endsOn)}
        />
      </div>
    </StaffForm>
  );
  return summary ? (
    <Disclosure summary={summary} open={form.open}>
      {content}
    </Disclosure>
  ) : (
    content
  );
}
