import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TranslationEditor } from "@/components/staff/translations/translation-editor";
import { run } from "@/db/queries/run";
import { getContentTranslationEditor, getLetterTranslationEditor } from "@/db/queries/staff-translations";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import {
  TRANSLATED_KINDS,
  TRANSLATION_PERMISSION,
  type TranslatedKind,
} from "@/lib/domain/content-languages";
import { todayIn } from "@/lib/domain/deadlines";
import { isUuid } from "@/lib/domain/ids";
import { isLocale } from "@/lib/domain/locales";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffTranslations.editor");
  return { title: t("metaTitle") };
}

// The text's language is [language]: [locale], above, is the page's own.
type Props = { params: LocaleParams<{ kind: string; id: string; language: string }> };

/** A record's text in one language beside its original; whoever may edit the record may edit it. */
export default async function TranslationEditorPage({ params }: Props) {
  await routeLocale(params);
  const { kind, id, language: locale } = await params;
  if (!(TRANSLATED_KINDS as readonly string[]).includes(kind)) notFound();
  const translated = kind as TranslatedKind;
  await requirePermission(TRANSLATION_PERMISSION[translated], `/staff/translations/${kind}/${id}/${locale}`);
  if (!isUuid(id) || !isLocale(locale)) notFound();
  const editor =
    translated === "letter"
      ? await run(getLetterTranslationEditor, { id, locale })
      : await run(getContentTranslationEditor, { kind: translated, id, locale });
  if (!editor) notFound();
  return <TranslationEditor editor={editor} locale={locale} today={todayIn("UTC", new Date())} />;
}
