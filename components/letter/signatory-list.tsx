import { getLocale, getTranslations } from "next-intl/server";
import type { PublicSignatory } from "@/db/queries/public-letters";
import { getLocalePath } from "@/i18n/server-navigation";
import { organisationPath } from "@/lib/domain/urls";
import { countryName } from "./country-name";

/** A small label on generated demo rows, so no one takes them for real signatories. */
export function SampleLabel({ label }: { label: string }) {
  return <span className="ml-2 rounded-sm bg-warning-soft px-1.5 text-xs text-warning">{label}</span>;
}

/** Signatories in name order: name (linked to the organisation's page), affiliation, country. */
export async function SignatoryList({
  rows,
  letterVersion,
}: {
  rows: PublicSignatory[];
  /** The letter's current text version; rows that signed an older one say so. */
  letterVersion: number;
}) {
  const [t, locale, localized] = await Promise.all([
    getTranslations("signatories.list"),
    getLocale(),
    getLocalePath(),
  ]);
  const sample = t("sample");
  // Markup per row is kept lean: a page lists up to 50 names twice (HTML and RSC payload).
  return (
    <ul className="grid gap-x-8 sm:grid-cols-2 [&>li]:border-b [&>li]:border-line [&>li]:py-2.5">
      {rows.map((row, index) => {
        const details = [row.titleAffiliation, countryName(row.country, locale)].filter(Boolean).join(" · ");
        const earlier =
          row.letterVersion < letterVersion ? t("earlierVersion", { version: row.letterVersion }) : null;
        return (
          // Names repeat (two people called Mina Sato); the position on the page does not.
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no public id, and the list never reorders.
          <li key={index}>
            <p className="font-semibold">
              {row.organisationSlug ? (
                // A plain link: fifty next/link elements would prefetch fifty organisation pages.
                <a href={localized(organisationPath(row.organisationSlug))} className="text-ink">
                  {row.displayName}
                </a>
              ) : (
                row.displayName
              )}
              {row.isSample ? <SampleLabel label={sample} /> : null}
            </p>
            {details ? <p className="text-sm text-ink-muted">{details}</p> : null}
            {earlier ? <p className="text-sm text-ink-muted italic">{earlier}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
