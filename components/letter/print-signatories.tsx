import { useLocale } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import type { FullSignatoryList, PrintSignatory } from "@/db/queries/public-letters";
import type { Locale } from "@/lib/domain/locales";
import type { Tally } from "@/lib/domain/tally";
import { formatTally } from "@/lib/i18n/tally";
import { countryName } from "./country-name";
import { WithheldNote } from "./withheld-note";

function details(signatory: PrintSignatory, locale: Locale): string {
  return [signatory.titleAffiliation, countryName(signatory.country, locale)].filter(Boolean).join(", ");
}

/** The signatory as one line of text; † marks sample data, explained above the list. */
function line(signatory: PrintSignatory, locale: Locale): string {
  const more = details(signatory, locale);
  return `${signatory.displayName}${more ? `, ${more}` : ""}${signatory.isSample ? "\u00a0†" : ""}`;
}

/*
 * Past this many names a list is printed as plain lines of text: as elements, 50,000
 * names made a 40 MB page that took most of a minute to render; as text it is a few MB.
 */
const COMPACT_FROM = 1_000;

const columns = "mt-3 columns-1 gap-8 leading-snug sm:columns-2 print:columns-3 print:gap-6";

function NameList({ signatories }: { signatories: PrintSignatory[] }) {
  const locale = useLocale();
  if (signatories.length > COMPACT_FROM) {
    return (
      <p className={`${columns} text-sm whitespace-pre-line print:text-[8pt]`}>
        {signatories.map((signatory) => line(signatory, locale)).join("\n")}
      </p>
    );
  }
  // Lean markup (styles set once on the list), since a list can still be long.
  return (
    <ul className={`${columns} text-base print:text-[9pt] [&>li]:mb-1.5 [&>li]:break-inside-avoid`}>
      {signatories.map((signatory, index) => {
        const rest = line(signatory, locale).slice(signatory.displayName.length);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: names repeat and the list never reorders.
          <li key={index}>
            <b>{signatory.displayName}</b>
            {rest}
          </li>
        );
      })}
    </ul>
  );
}

/** The two lists, each under its own heading. */
const KINDS = ["organisations", "individuals"] as const;

/** The printed letter's signatories: organisations, then individuals, by name, in columns. */
export async function PrintSignatories({
  tally,
  list,
  withheldCount,
}: {
  tally: Tally;
  list: FullSignatoryList;
  withheldCount: number;
}) {
  const [t, locale] = await Promise.all([getTranslations("printLetter"), getLocale()]);
  const sentence = formatTally(tally, locale);
  const listed = list.organisations.length + list.individuals.length;
  const hasSample = KINDS.some((kind) => list[kind].some((s) => s.isSample));
  return (
    <section aria-labelledby="print-signatories-heading" className="mt-10 border-t border-line-strong pt-6">
      <h2 id="print-signatories-heading" className="text-xl font-bold">
        {t("signatoriesHeading")}
      </h2>
      <p className="mt-1">
        {tally.organisations + tally.individuals > 0 ? t("signedBy", { tally: sentence }) : sentence}
      </p>
      {hasSample ? (
        <p className="mt-1 font-sans text-sm text-warning print:text-ink">{t("sampleNote")}</p>
      ) : null}
      {KINDS.map((kind) =>
        list[kind].length > 0 ? (
          <Fragment key={kind}>
            <h3 className="mt-6 font-sans text-sm font-bold tracking-wide uppercase">{t(kind)}</h3>
            <NameList signatories={list[kind]} />
          </Fragment>
        ) : null,
      )}
      <WithheldNote count={withheldCount} afterList={listed > 0} className="mt-4 print:text-ink" />
    </section>
  );
}
