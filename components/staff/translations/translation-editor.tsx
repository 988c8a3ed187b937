import { getTranslations } from "next-intl/server";
import { StaffPage, StaffRecordHeader } from "@/components/staff/staff-page";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import type { ContentTranslationEditor, LetterTranslationEditor } from "@/db/queries/staff-translations";
import { isCurrentTranslation } from "@/lib/domain/content-languages";
import { LOCALES, type Locale } from "@/lib/domain/locales";
import { ContentTranslationForm } from "./content-translation-form";
import { DeleteTranslationForm } from "./delete-translation-form";
import { LetterTranslationForm } from "./letter-translation-form";
import { staffRecordPath, translationEditorPath, translationListPath } from "./paths";

/**
 * A record's text in one language, side by side with its original: the heading, what to
 * know first (a translation of an earlier version, signatures made reading it), the form,
 * and the way to delete it.
 */
export async function TranslationEditor({
  editor,
  locale,
  today,
}: {
  editor: LetterTranslationEditor | ContentTranslationEditor;
  locale: Locale;
  today: string;
}) {
  const [t, names] = await Promise.all([
    getTranslations("staffTranslations"),
    getTranslations("contentLanguage.language"),
  ]);
  const language = names(locale);
  const label =
    editor.kind === "letter" ? editor.original.title : (editor.original.title ?? editor.original.summary);
  const exists =
    editor.kind === "letter" ? editor.translation !== null : Object.keys(editor.translation).length > 0;
  const others = LOCALES.filter((l) => l !== locale && l !== editor.originalLocale);

  return (
    <StaffPage>
      <StaffRecordHeader
        back={{ href: staffRecordPath(editor.kind, editor.id, editor.campaign.id), label: t("editor.back") }}
        title={`${t("editor.title", { language })}: ${label ?? ""}`}
        subtitle={t("editor.subtitle", { kind: t(`kind.${editor.kind}`), campaign: editor.campaign.title })}
      />
      <p className="mt-3">
        <Link href={translationListPath(locale, editor.campaign.id)}>{t("campaignLink")}</Link>
        {others.map((other) => (
          <span key={other}>
            {" · "}
            <Link href={translationEditorPath(editor.kind, editor.id, other)}>{names(other)}</Link>
          </span>
        ))}
      </p>
      {editor.originalLocale === locale ? (
        <Alert tone="info" className="mt-8">
          {t("editor.isOriginal", { language })}
        </Alert>
      ) : (
        <>
          {editor.kind === "letter" &&
          editor.translation &&
          !isCurrentTranslation(editor.translation, editor.original.version) ? (
            <Alert tone="info" className="mt-8">
              {t("editor.outdated", {
                old: editor.translation.letterVersion,
                version: editor.original.version,
              })}
            </Alert>
          ) : null}
          {editor.kind === "letter" && editor.signedInLocale > 0 ? (
            <p className="mt-6 text-ink-muted">{t("editor.signed", { count: editor.signedInLocale })}</p>
          ) : null}
          <Card className="mt-8">
            {editor.kind === "letter" ? (
              <LetterTranslationForm editor={editor} locale={locale} today={today} />
            ) : (
              <ContentTranslationForm editor={editor} locale={locale} />
            )}
          </Card>
          {exists ? (
            <div className="mt-6">
              <DeleteTranslationForm kind={editor.kind} id={editor.id} locale={locale} />
            </div>
          ) : null}
        </>
      )}
    </StaffPage>
  );
}
