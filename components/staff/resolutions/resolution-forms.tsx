"use client";

import { useTranslations } from "next-intl";
import { DescriptionField, SlugField, SourceFields, TitleField } from "@/components/staff/record-fields";
import { BodyField } from "@/components/staff/resolutions/body-forms";
import { Field, FieldGroup, NumberField, SelectField, TextAreaField } from "@/components/ui/field";
import { StaffForm, useStaffForm } from "@/components/ui/form-kit";
import type { StaffSessionOption } from "@/db/queries/un-staff";
import type { ResolutionText } from "@/db/schema";
import {
  createResolutionAction,
  createResolutionTextAction,
  updateResolutionTextAction,
} from "@/lib/actions/resolutions/server";

/** Adds a resolution line: the title it recurs under, at one body. */
export function ResolutionForm({
  bodies,
  summary,
}: {
  bodies: ReadonlyArray<{ id: string; name: string }>;
  summary: string;
}) {
  const t = useTranslations("staffResolutions.resolutionForm");
  const form = useStaffForm(createResolutionAction);
  return (
    <StaffForm
      form={form}
      summary={summary}
      success={t("added")}
      submit={{ pendingLabel: t("adding"), children: t("add") }}
    >
      <BodyField form={form} bodies={bodies} label={t("body")} placeholder={t("chooseBody")} />
      <TitleField form={form} label={t("title")} hint={t("titleHint")} />
      <SlugField form={form} label={t("slug")} hint={t("slugHint")} />
      <DescriptionField form={form} label={t("description")} />
    </StaffForm>
  );
}

/**
 * Adds a line's text at one of its body's sessions, or corrects one: its symbols, how it
 * was adopted (with the recorded vote's counts), its main sponsors and its source.
 */
export function TextForm({
  adoptions,
  lines,
  sessions,
  text,
  summary,
}: {
  adoptions: readonly string[];
  /** Shown closed under this summary until opened (or until the form has something to say). */
  summary: string;
  /** Choices when adding; a text keeps its line and session. */
  lines?: ReadonlyArray<{ id: string; title: string; bodyName: string }>;
  sessions?: readonly StaffSessionOption[];
  text?: ResolutionText;
}) {
  const t = useTranslations("staffResolutions.textForm");
  const tAdoption = useTranslations("staffResolutions.adoptions");
  const form = useStaffForm(text ? updateResolutionTextAction : createResolutionTextAction);
  const { id, field } = form;
  // Sessions grouped by body, so the Council's HRC43 is not mistaken for another body's.
  const byBody = new Map<string, StaffSessionOption[]>();
  for (const s of sessions ?? []) byBody.set(s.bodyName, [...(byBody.get(s.bodyName) ?? []), s]);
  return (
    <StaffForm
      form={form}
      summary={summary}
      success={text ? t("saved") : undefined}
      hidden={{ id: text?.id }}
      submit={{
        variant: text ? "secondary" : "primary",
        pendingLabel: t("saving"),
        children: text ? t("save") : t("add"),
      }}
    >
      {lines && sessions ? (
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label={t("line")}
            required
            placeholder={t("chooseLine")}
            options={lines.map((l) => ({ value: l.id, label: `${l.title} (${l.bodyName})` }))}
            {...field("resolutionId")}
          />
          <SelectField
            label={t("session")}
            hint={t("sessionHint")}
            required
            placeholder={t("chooseSession")}
            {...field("sessionId")}
          >
            {[...byBody].map(([bodyName, list]) => (
              <optgroup key={bodyName} label={bodyName}>
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        </div>
      ) : null}
      <TitleField form={form} label={t("title")} hint={t("titleHint")} initial={text?.title} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          label={t("draftSymbol")}
          hint={t("draftSymbolHint")}
          maxLength={100}
          spellCheck={false}
          {...field("draftSymbol", text?.draftSymbol)}
        />
        <Field
          label={t("adoptedSymbol")}
          hint={t("adoptedSymbolHint")}
          maxLength={100}
          spellCheck={false}
          {...field("adoptedSymbol", text?.adoptedSymbol)}
        />
      </div>
      <FieldGroup id={`${id}-adoption-group`} legend={t("adoption")} hint={t("adoptionHint")} boxed>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label={t("how")}
            options={adoptions.map((a) => ({ value: a, label: tAdoption(a) }))}
            {...field("adoption", text?.adoption ?? "pending")}
          />
          <Field type="date" label={t("adoptedOn")} {...field("adoptedOn", text?.adoptedOn)} />
        </div>
        <div className="grid grid-cols-3 gap-3">
          {(["yesCount", "noCount", "abstainCount"] as const).map((count) => (
            <NumberField key={count} min={0} label={t(count)} {...field(count, text?.[count])} />
          ))}
        </div>
      </FieldGroup>
      <TextAreaField
        label={t("coreGroup")}
        hint={t("coreGroupHint")}
        rows={2}
        maxLength={1000}
        {...field("coreGroup", text?.coreGroup)}
      />
      <SourceFields
        form={form}
        labels={{ url: t("sourceUrl"), label: t("sourceLabel") }}
        initial={{ url: text?.sourceUrl, label: text?.sourceLabel }}
      />
    </StaffForm>
  );
}
