"use client";

import { useTranslations } from "next-intl";
import { Field, TextAreaField } from "@/components/ui/field";
import { StaffForm, type StaffFormAction, useStaffForm } from "@/components/ui/form-kit";
import type { ContentTranslationEditor } from "@/db/queries/staff-translations";
import {
  saveAskTranslationAction,
  saveCampaignTranslationAction,
  saveEventTranslationAction,
  saveResponseTranslationAction,
} from "@/lib/actions/translations/server";
import { type ContentKind, TRANSLATABLE_FIELDS } from "@/lib/domain/content-languages";
import type { Locale } from "@/lib/domain/locales";
import { SideBySide, SideBySideFields } from "./side-by-side";

/** Each kind's save: its own action, checked against the permission that edits that kind. */
const SAVE: Record<ContentKind, StaffFormAction> = {
  campaign: saveCampaignTranslationAction,
  ask: saveAskTranslationAction,
  event: saveEventTranslationAction,
  response: saveResponseTranslationAction,
};

/** The longest text each field takes (lib/validations/translations.ts). */
const MAX_LENGTH: Record<string, number> = { title: 300, summary: 5000, description: 5000 };

/**
 * A campaign's, ask's, event's or response's wording in another language, each field
 * beside the original's. A field left empty shows the original's in its place.
 */
export function ContentTranslationForm({
  editor,
  locale,
}: {
  editor: ContentTranslationEditor;
  locale: Locale;
}) {
  const t = useTranslations("staffTranslations.editor");
  const names = useTranslations("contentLanguage.language");
  const form = useStaffForm(SAVE[editor.kind]);
  const { field } = form;
  const language = names(locale);
  const fields = TRANSLATABLE_FIELDS[editor.kind] as readonly ("title" | "summary" | "description")[];
  return (
    <StaffForm
      form={form}
      success={t("saved")}
      hidden={{ id: editor.id, locale, editedFrom: form.savedAt ?? editor.updatedAt }}
      submit={{ pendingLabel: t("saving"), children: t("save") }}
    >
      <SideBySideFields>
        {fields.map((name) => {
          const original = editor.original[name] ?? null;
          const label = `${t(`field.${name}`)} — ${t("translation", { language })}`;
          const props = {
            label,
            lang: locale,
            maxLength: MAX_LENGTH[name],
            hint: name === "title" ? undefined : t("optionalHint"),
            ...field(name, editor.translation[name]),
          };
          return (
            <SideBySide
              key={name}
              label={`${t(`field.${name}`)} — ${t("original", { language: names(editor.originalLocale) })}`}
              original={original}
              originalLocale={editor.originalLocale}
              empty={t("emptyOriginal")}
            >
              {!original ? null : name === "title" ? (
                <Field {...props} />
              ) : (
                <TextAreaField rows={6} {...props} />
              )}
            </SideBySide>
          );
        })}
      </SideBySideFields>
    </StaffForm>
  );
}
