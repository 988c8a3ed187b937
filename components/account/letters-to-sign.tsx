import { getLocale, getTranslations } from "next-intl/server";
import { formatWindowInstant } from "@/components/signing/signing-window";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { LetterToSign } from "@/db/queries/signing";
import { getLocalePath } from "@/i18n/server-navigation";
import { letterPath, letterSignPath } from "@/lib/domain/urls";

/**
 * The letters open for signing that the member's organisations have not signed yet, each
 * one click from its sign page: what a member who signs in came for.
 */
export async function LettersToSign({
  letters,
  organisationNames,
}: {
  letters: LetterToSign[];
  organisationNames: ReadonlyMap<string, string>;
}) {
  const [t, locale, localized] = await Promise.all([
    getTranslations("account.toSign"),
    getLocale(),
    getLocalePath(),
  ]);
  return (
    <Card as="section" labelledBy="letters-to-sign-heading" className="mt-8">
      <h2 id="letters-to-sign-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      {letters.length === 0 ? (
        <p className="mt-3 text-ink-muted">{t("none")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-line border-y border-line">
          {letters.map((letter) => (
            <li
              key={letter.letterId}
              className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="flex flex-col gap-1">
                <a
                  href={localized(letterPath(letter.campaignSlug, letter.letterSlug))}
                  className="font-semibold"
                >
                  {letter.title}
                </a>
                <span className="text-sm text-ink-muted">{letter.campaignTitle}</span>
                <span className="text-sm">
                  {t("notSignedBy", {
                    organisations: letter.unsignedOrganisationIds
                      .map((id) => organisationNames.get(id) ?? "")
                      .join(", "),
                  })}
                </span>
                <span className="text-sm text-ink-muted">
                  {letter.signingClosesAt
                    ? t("closes", {
                        date: formatWindowInstant(letter.signingClosesAt, letter.timeZone, locale),
                      })
                    : t("noClosingDate")}
                </span>
              </div>
              <a
                href={localized(letterSignPath(letter.campaignSlug, letter.letterSlug))}
                className={`${buttonClasses("primary")} shrink-0`}
              >
                {t("sign")}
                <span className="sr-only">: {letter.title}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
