import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { listLetterTranslationStates } from "@/db/queries/staff-translations";
import { OriginalLanguageForm } from "./original-language-form";
import { translationEditorPath } from "./paths";

type States = Awaited<ReturnType<typeof listLetterTranslationStates>>;

/** A letter's languages on its staff page: its original's, and each other with its state and editor. */
export async function LetterTranslations({ letterId, states }: { letterId: string; states: States }) {
  const [t, names] = await Promise.all([
    getTranslations("staffTranslations"),
    getTranslations("contentLanguage.language"),
  ]);
  return (
    <>
      <p className="mt-4">{t("letterSection.original", { language: names(states.originalLocale) })}</p>
      <div className="mt-4 max-w-xl">
        <OriginalLanguageForm kind="letter" id={letterId} originalLocale={states.originalLocale} />
      </div>
      <ul className="mt-3 flex flex-col gap-2">
        {states.texts.map((text) => (
          <li key={text.locale} className="flex flex-wrap items-center gap-3">
            <Link href={translationEditorPath("letter", letterId, text.locale)} className="font-semibold">
              {t("letterSection.state", { language: names(text.locale), state: t(`state.${text.state}`) })}
            </Link>
            {text.addedOn ? (
              <StatusBadge tone={text.state === "current" ? "success" : "warning"}>
                {t("letterSection.added", { date: new Date(`${text.addedOn}T00:00:00Z`) })}
              </StatusBadge>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
