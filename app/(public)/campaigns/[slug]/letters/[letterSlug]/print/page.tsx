import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { countryName } from "@/components/letter/country-name";
import { LetterBody } from "@/components/letter/letter-body";
import { PrintButton } from "@/components/letter/print-button";
import { sourceLink } from "@/components/letter/source-link";
import { WithheldNote } from "@/components/letter/withheld-note";
import { getFullSignatoryList, getLetterPage, type PrintSignatory } from "@/db/queries/public-letters";
import { formatPreciseDate, preciseDateTime } from "@/lib/domain/dates";
import { letterPath } from "@/lib/domain/urls";

// Cached like the letter page and invalidated by the same tag.
export const revalidate = 600;

/** Rendered on first visit, never at build time. */
export async function generateStaticParams() {
  return [];
}

type Params = { slug: string; letterSlug: string };

async function loadPage(params: Promise<Params>) {
  const { slug, letterSlug } = await params;
  return getLetterPage(slug, letterSlug);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const page = await loadPage(params);
  if (!page) return {};
  const { letter } = page;
  const t = await getTranslations("printLetter");
  return {
    title: t("title", { letter: letter.title }),
    description: t("metaDescription", { letter: letter.title, tally: letter.tally.sentence }),
    // The same letter as its page: search engines should send readers there.
    alternates: { canonical: letterPath(letter.campaignSlug, letter.slug) },
  };
}

function details(signatory: PrintSignatory): string {
  return [signatory.titleAffiliation, countryName(signatory.country)].filter(Boolean).join(", ");
}

/** The signatory as one line of text; † marks sample data, explained above the list. */
function line(signatory: PrintSignatory): string {
  const more = details(signatory);
  return `${signatory.displayName}${more ? `, ${more}` : ""}${signatory.isSample ? "\u00a0†" : ""}`;
}

/*
 * Past this many names a list is printed as plain lines of text: as elements, 50,000
 * names made a 40 MB page that took most of a minute to render; as text it is a few MB.
 */
const COMPACT_FROM = 1_000;

const columns = "mt-3 columns-1 gap-8 leading-snug sm:columns-2 print:columns-3 print:gap-6";

function NameList({ signatories }: { signatories: PrintSignatory[] }) {
  if (signatories.length > COMPACT_FROM) {
    return (
      <p className={`${columns} text-sm whitespace-pre-line print:text-[8pt]`}>
        {signatories.map(line).join("\n")}
      </p>
    );
  }
  // Lean markup (styles set once on the list), since a list can still be long.
  return (
    <ul className={`${columns} text-base print:text-[9pt] [&>li]:mb-1.5 [&>li]:break-inside-avoid`}>
      {signatories.map((signatory, index) => {
        const rest = line(signatory).slice(signatory.displayName.length);
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

export default async function PrintLetterPage({ params }: { params: Promise<Params> }) {
  const page = await loadPage(params);
  if (!page) notFound();
  const { letter } = page;
  const [t, list] = await Promise.all([
    getTranslations("printLetter"),
    getFullSignatoryList({ campaignSlug: letter.campaignSlug, letterSlug: letter.slug }),
  ]);
  const letterHref = letterPath(letter.campaignSlug, letter.slug);
  const source = sourceLink(letter.sourceUrl);
  const listed = list.organisations.length + list.individuals.length;
  const hasSample = list.organisations.some((s) => s.isSample) || list.individuals.some((s) => s.isSample);

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 print:max-w-none print:p-0">
      <style>{"@page { margin: 18mm 16mm; }"}</style>
      <div className="flex flex-wrap items-center justify-between gap-4 rounded-lg border border-line bg-paper-deep px-4 py-3 print:hidden">
        <p className="flex-1 basis-64 text-ink-muted">{t("intro")}</p>
        <div className="flex flex-wrap items-center gap-3">
          <Link href={letterHref} className="inline-flex min-h-11 items-center gap-1 font-semibold">
            <span aria-hidden="true">←</span> {t("back")}
          </Link>
          <PrintButton label={t("print")} />
        </div>
      </div>

      <article className="mt-6 rounded-lg border border-line bg-surface px-5 py-8 font-serif shadow-[0_1px_2px_rgba(27,31,39,0.05)] sm:px-12 sm:py-12 print:mt-0 print:rounded-none print:border-0 print:p-0 print:shadow-none">
        {letter.isSample || page.campaignIsSample ? (
          <p className="mb-6 border border-warning px-3 py-2 font-sans text-sm font-semibold text-warning">
            {t("sample")}
          </p>
        ) : null}
        <p className="text-right">
          {letter.sent ? (
            <time dateTime={preciseDateTime(letter.sent)}>{formatPreciseDate(letter.sent)}</time>
          ) : (
            <span className="font-sans text-sm">{t("notSent")}</span>
          )}
        </p>
        <address className="mt-6 not-italic">
          <span className="block font-semibold">
            {t("to", {
              addressee: letter.targets.length > 1 ? letter.addressee : letter.targets[0]!.addressee,
            })}
          </span>
          {letter.targets.length > 1 ? (
            // Every addressee the letter went to, each by its own line.
            <ul
              aria-label={t("addressees")}
              className="mt-2 list-none columns-1 gap-6 sm:columns-2 print:text-[10pt]"
            >
              {letter.targets.map((target) => (
                <li key={target.targetId} className="break-inside-avoid">
                  {target.addressee}, {target.name}
                </li>
              ))}
            </ul>
          ) : (
            <span className="block">{letter.targets[0]!.name}</span>
          )}
        </address>
        <h1 className="mt-8 text-2xl font-bold sm:text-3xl print:text-[16pt]">{letter.title}</h1>
        <LetterBody markdown={page.bodyMarkdown} className="mt-6 print:text-[11pt]" />

        <section
          aria-labelledby="print-signatories-heading"
          className="mt-10 border-t border-line-strong pt-6"
        >
          <h2 id="print-signatories-heading" className="text-xl font-bold">
            {t("signatoriesHeading")}
          </h2>
          <p className="mt-1">
            {letter.tally.organisations + letter.tally.individuals > 0
              ? t("signedBy", { tally: letter.tally.sentence })
              : letter.tally.sentence}
          </p>
          {hasSample ? (
            <p className="mt-1 font-sans text-sm text-warning print:text-ink">{t("sampleNote")}</p>
          ) : null}
          {list.organisations.length > 0 ? (
            <>
              <h3 className="mt-6 font-sans text-sm font-bold tracking-wide uppercase">
                {t("organisations")}
              </h3>
              <NameList signatories={list.organisations} />
            </>
          ) : null}
          {list.individuals.length > 0 ? (
            <>
              <h3 className="mt-6 font-sans text-sm font-bold tracking-wide uppercase">{t("individuals")}</h3>
              <NameList signatories={list.individuals} />
            </>
          ) : null}
          <WithheldNote count={page.withheldCount} afterList={listed > 0} className="mt-4 print:text-ink" />
        </section>

        {source ? (
          <p className="mt-10 font-sans text-sm text-ink-muted break-words print:text-ink">
            {t("source", { url: source.href })}
          </p>
        ) : null}
      </article>
    </div>
  );
}
