import { getTranslations } from "next-intl/server";
import type { LetterLanguage } from "@/db/queries/translations";
import type { ContentLanguageNotice } from "@/lib/domain/content-languages";
import { type Locale, localePath } from "@/lib/domain/locales";

/** A stored "YYYY-MM-DD" as the instant ICU's {date, date, long} formats (in UTC, as the app's dates are). */
const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * Which language a letter's text is in, for a page that shows it (the letter, its print
 * view, its sign page): that it fell back to the original and why, that it is a
 * translation, and links to the same page in the letter's other languages. `path` is the
 * page's address without a language prefix.
 */
export async function LetterLanguages({
  language,
  path,
  className = "",
}: {
  language: LetterLanguage;
  path: string;
  className?: string;
}) {
  if (!language.fallback && language.original && language.others.length === 0) return null;
  const t = await getTranslations("contentLanguage");
  const name = (locale: Locale) => t(`language.${locale}`);
  return (
    <div className={`flex flex-col gap-1 text-base text-ink-muted ${className}`.trim()}>
      {language.fallback ? (
        <p className="rounded-md border-l-4 border-accent bg-accent-soft px-4 py-2 text-accent-strong">
          {t(`fallback.${language.fallback.reason}`, {
            original: name(language.originalLocale),
            wanted: name(language.fallback.wanted),
          })}
        </p>
      ) : null}
      {!language.original && language.addedOn ? (
        <p>{t("readingTranslation", { language: name(language.shown), date: day(language.addedOn) })}</p>
      ) : null}
      {language.others.length > 0 ? (
        <nav aria-label={t("otherVersions")}>
          <p>
            {t("alsoIn")}{" "}
            {language.others.map((other, i) => (
              <span key={other.locale}>
                {i > 0 ? ", " : null}
                <a
                  href={localePath(other.locale, path)}
                  hrefLang={other.locale}
                  lang={other.locale}
                  className="font-semibold"
                >
                  {t(`autonym.${other.locale}`)}
                </a>{" "}
                ({other.addedOn ? t("translationNote", { date: day(other.addedOn) }) : t("originalNote")})
              </span>
            ))}
          </p>
        </nav>
      ) : null}
    </div>
  );
}

/** Said once on a page some of whose wording is in its original language, not the visitor's. */
export async function ContentLanguageNote({
  notice,
  className = "",
}: {
  notice: ContentLanguageNotice | null;
  className?: string;
}) {
  if (!notice) return null;
  const t = await getTranslations("contentLanguage");
  return (
    <p className={`text-sm text-ink-muted ${className}`.trim()}>
      {t("contentFallback", {
        original: t(`language.${notice.original}`),
        wanted: t(`language.${notice.wanted}`),
      })}
    </p>
  );
}
