"use client";

import { useTranslations } from "next-intl";
import { DescriptionField, SlugField } from "@/components/staff/record-fields";
import { Field, FieldGroup, SelectField, TextAreaField, UrlField } from "@/components/ui/field";
import { Disclosure, StaffForm, useStaffForm } from "@/components/ui/form-kit";
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
  summary?: string;
}) {
  const t = useTranslations("staffResolutions.resolutionForm");
  const form = useStaffForm(createResolutionAction);
  const { f, id } = form;
  const content = (
    <StaffForm form={form} success={t("added")} submit={{ pendingLabel: t("adding"), children: t("add") }}>
      <SelectField id={`${id}-body`} label={t("body")} required {...f.bind("bodyId")}>
        <option value="">{t("chooseBody")}</option>
        {bodies.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </SelectField>
      <Field
        id={`${id}-title`}
        label={t("title")}
        hint={t("titleHint")}
        required
        maxLength={300}
        {...f.bind("title")}
      />
      <SlugField id={`${id}-slug`} f={f} label={t("slug")} hint={t("slugHint")} />
      <DescriptionField id={`${id}-description`} f={f} label={t("description")} />
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
  summary?: string;
  /** Choices when adding; a text keeps its line and session. */
  lines?: ReadonlyArray<{ id: string; title: string; bodyName: string }>;
  sessions?: readonly StaffSessionOption[];
  text?: ResolutionText;
}) {
  const t = useTranslations("staffResolutions.textForm");
  const tAdoption = useTranslations("staffResolutions.adoptions");
  const form = useStaffForm(text ? updateResolutionTextAction : createResolutionTextAction);
  const { f, id } = form;
  // Sessions grouped by body, so the Council's HRC43 is not mistaken for another body's.
  const byBody = new Map<string, StaffSessionOption[]>();
  for (const s of sessions ?? []) byBody.set(s.bodyName, [...(byBody.get(s.bodyName) ?? []), s]);
  const content = (
    <StaffForm
      form={form}
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
          <SelectField id={`${id}-line`} label={t("line")} required {...f.bind("resolutionId")}>
            <option value="">{t("chooseLine")}</option>
            {lines.map((l) => (
              <option key={l.id} value={l.id}>
                {`${l.title} (${l.bodyName})`}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={`${id}-session`}
            label={t("session")}
            hint={t("sessionHint")}
            required
            {...f.bind("sessionId")}
          >
            <option value="">{t("chooseSession")}</option>
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
      <Field
        id={`${id}-title`}
        label={t("title")}
        hint={t("titleHint")}
        required
        maxLength={300}
        {...f.bind("title", text?.title)}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id={`${id}-draft`}
          label={t("draftSymbol")}
          hint={t("draftSymbolHint")}
          maxLength={100}
          spellCheck={false}
          {...f.bind("draftSymbol", text?.draftSymbol)}
        />
        <Field
          id={`${id}-adopted-symbol`}
          label={t("adoptedSymbol")}
          hint={t("adoptedSymbolHint")}
          maxLength={100}
          spellCheck={false}
          {...f.bind("adoptedSymbol", text?.adoptedSymbol)}
        />
      </div>
      <FieldGroup id={`${id}-adoption`} legend={t("adoption")} hint={t("adoptionHint")} boxed>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            id={`${id}-how`}
            label={t("how")}
            options={adoptions.map((a) => ({ value: a, label: tAdoption(a) }))}
            {...f.bind("adoption", text?.adoption ?? "pending")}
          />
          <Field
            id={`${id}-adopted-on`}
            type="date"
            label={t("adoptedOn")}
            {...f.bind("adoptedOn", text?.adoptedOn)}
          />
        </div>
        <div className="grid grid-cols-3 gap-3">
          {(["yesCount", "noCount", "abstainCount"] as const).map((field) => (
            <Field
              key={field}
              id={`${id}-${field}`}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              label={t(field)}
              {...f.bind(field, text?.[field])}
            />
          ))}
        </div>
      </FieldGroup>
      <TextAreaField
        id={`${id}-core`}
        label={t("coreGroup")}
        hint={t("coreGroupHint")}
        rows={2}
        maxLength={1000}
        {...f.bind("coreGroup", text?.coreGroup)}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <UrlField id={`${id}-source`} label={t("sourceUrl")} {...f.bind("sourceUrl", text?.sourceUrl)} />
        <Field
          id={`${id}-source-label`}
          label={t("sourceLabel")}
          maxLength={300}
          {...f.bind("sourceLabel", text?.sourceLabel)}
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
