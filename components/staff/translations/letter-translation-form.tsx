"use client";

import { useTranslations } from "next-intl";
import { Field, TextAreaField } from "@/components/ui/field";
import { StaffForm, useStaffForm } from "@/components/ui/form-kit";
import type { LetterTranslationEditor } from "@/db/queries/staff-translations";
import { saveLetterTranslationAction } from "@/lib/actions/translations/server";
import type { Locale } from "@/lib/domain/locales";
import { SideBySide, SideBySideFields } from "./side-by-side";

/**
 * A letter's title, addressee line and text in another language, each beside the
 * original's. Saved, it translates the letter's current version; the day it was added is
 * what the letter page says.
 */
export function LetterTranslationForm({
  editor,
  locale,
  today,
}: {
  editor: LetterTranslationEditor;
  locale: Locale;
  /** Today's date, the "added on" of a new translation. */
  today: string;
}) {
  const t = useTranslations("staffTranslations.editor");
  const names = useTranslations("contentLanguage.language");
  const form = useStaffForm(saveLetterTranslationAction);
  const { field } = form;
  const saved = editor.translation;
  const language = names(locale);
  const originalLabel = (name: "title" | "addressee" | "bodyMarkdown") =>
    `${t(`field.${name}`)} — ${t("original", { language: names(editor.originalLocale) })}`;
  const translated = (name: "title" | "addressee" | "bodyMarkdown") =>
    `${t(`field.${name}`)} — ${t("translation", { language })}`;
  return (
    <StaffForm
      form={form}
      success={t("saved")}
      hidden={{
        letterId: editor.id,
        locale,
        editedFrom: form.savedAt ?? saved?.updatedAt,
      }}
      submit={{ pendingLabel: t("saving"), children: t("save") }}
    >
      <SideBySideFields>
        <SideBySide
          label={originalLabel("title")}
          original={editor.original.title}
          originalLocale={editor.originalLocale}
          empty={t("emptyOriginal")}
        >
          <Field
            label={translated("title")}
            lang={locale}
            required
            maxLength={300}
            {...field("title", saved?.title)}
          />
        </SideBySide>
        <SideBySide
          label={originalLabel("addressee")}
          original={editor.original.addressee}
          originalLocale={editor.originalLocale}
          empty={t("emptyOriginal")}
        >
          <Field
            label={translated("addressee")}
            lang={locale}
            required
            maxLength={300}
            {...field("addressee", saved?.addressee)}
          />
        </SideBySide>
        <SideBySide
          label={originalLabel("bodyMarkdown")}
          original={editor.original.bodyMarkdown}
          originalLocale={editor.originalLocale}
          empty={t("emptyOriginal")}
          long
        >
          <TextAreaField
            label={translated("bodyMarkdown")}
            hint={t("bodyHint")}
            lang={locale}
            rows={18}
            className="font-mono"
            {...field("bodyMarkdown", saved?.bodyMarkdown)}
          />
        </SideBySide>
      </SideBySideFields>
      <Field
        type="date"
        label={t("field.addedOn")}
        hint={t("addedOnHint")}
        className="max-w-xs"
        required
        {...field("addedOn", saved?.addedOn ?? today)}
      />
      <p className="text-sm text-ink-muted">{t("versionNote", { version: editor.original.version })}</p>
    </StaffForm>
  );
}
