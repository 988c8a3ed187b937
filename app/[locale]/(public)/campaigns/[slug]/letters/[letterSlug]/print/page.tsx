import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LetterBody } from "@/components/letter/letter-body";
import { type LetterRouteProps, letterMetadata, requireLetterPage } from "@/components/letter/letter-route";
import { PrintButton } from "@/components/letter/print-button";
import { PrintSignatories } from "@/components/letter/print-signatories";
import { PrintStatus } from "@/components/letter/print-status";
import { sourceLink } from "@/components/letter/source-link";
import { LetterLanguages } from "@/components/translations/content-languages";
import { Link } from "@/components/ui/link";
import { getFullSignatoryList } from "@/db/queries/public-letters";
import { routeLocale } from "@/i18n/route-locale";
import { preciseDateTime } from "@/lib/domain/dates";
import { localePath } from "@/lib/domain/locales";
import { letterPath, letterPrintPath } from "@/lib/domain/urls";
import { formatPreciseDate } from "@/lib/i18n/dates";
import { formatTally } from "@/lib/i18n/tally";
import { siteUrl } from "@/lib/server/env";

// Cached like the letter page and invalidated by the same tag.
export const revalidate = 600;

/** Rendered on first visit, never at build time. */
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LetterRouteProps): Promise<Metadata> {
  await routeLocale(params);
  return letterMetadata(params, async ({ letter }) => {
    const t = await getTranslations("printLetter");
    return {
      title: t("title", { letter: letter.title }),
      description: t("metaDescription", {
        letter: letter.title,
        tally: formatTally(letter.tally, await getLocale()),
      }),
    };
  });
}

export default async function PrintLetterPage({ params }: LetterRouteProps) {
  await routeLocale(params);
  const page = await requireLetterPage(params);
  const { letter } = page;
  const [t, list] = await Promise.all([
    getTranslations("printLetter"),
    getFullSignatoryList({ campaignSlug: letter.campaignSlug, letterSlug: letter.slug }),
  ]);
  const locale = await getLocale();
  const letterHref = letterPath(letter.campaignSlug, letter.slug);
  const source = sourceLink(letter.sourceUrl);

  return (
    // Printed on pages named printed-letter (their margins are in globals.css): no inline
    // <style>, which the Content-Security-Policy would refuse.
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 [page:printed-letter] print:max-w-none print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 rounded-lg border border-line bg-paper-deep px-4 py-3 print:hidden">
        <p className="flex-1 basis-64 text-ink-muted">{t("intro")}</p>
        <div className="flex flex-wrap items-center gap-3">
          <Link href={letterHref} className="inline-flex min-h-11 items-center gap-1 font-semibold">
            <span aria-hidden="true">←</span> {t("back")}
          </Link>
          <PrintButton label={t("print")} />
        </div>
      </div>
      <LetterLanguages
        language={page.language}
        path={letterPrintPath(letter.campaignSlug, letter.slug)}
        className="mt-4 print:hidden"
      />

      <article className="mt-6 rounded-lg border border-line bg-surface px-5 py-8 font-serif shadow-[0_1px_2px_rgba(27,31,39,0.05)] sm:px-12 sm:py-12 print:mt-0 print:rounded-none print:border-0 print:p-0 print:shadow-none">
        {letter.isSample || page.campaignIsSample ? (
          <p className="mb-6 border border-warning px-3 py-2 font-sans text-sm font-semibold text-warning">
            {t("sample")}
          </p>
        ) : null}
        <PrintStatus letter={letter} permalink={`${siteUrl()}${localePath(locale, letterHref)}`} />
        <p className="text-right">
          {letter.sent ? (
            <time dateTime={preciseDateTime(letter.sent)}>{formatPreciseDate(letter.sent, locale)}</time>
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
        <h1 lang={page.language.shown} className="mt-8 text-2xl font-bold sm:text-3xl print:text-[16pt]">
          {letter.title}
        </h1>
        <LetterBody
          markdown={page.bodyMarkdown}
          lang={page.language.shown}
          className="mt-6 print:text-[11pt]"
        />

        <PrintSignatories tally={letter.tally} list={list} withheldCount={page.withheldCount} />
        {letter.removedOnRequest > 0 ? (
          <p className="mt-4 text-ink-muted italic">
            {t("removedOnRequest", { count: letter.removedOnRequest })}
          </p>
        ) : null}

        {source ? (
          <p className="mt-10 font-sans text-sm text-ink-muted break-words print:text-ink">
            {t("source", { url: source.href })}
          </p>
        ) : null}
      </article>
    </div>
  );
}
