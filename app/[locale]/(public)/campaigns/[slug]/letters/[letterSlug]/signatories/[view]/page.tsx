import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LetterPageBreadcrumb } from "@/components/letter/letter-breadcrumb";
import { findLetterPage, requireLetterPage } from "@/components/letter/letter-route";
import { LetterTally } from "@/components/letter/letter-tally";
import { noneListedReason } from "@/components/letter/none-listed";
import { SignatoryList } from "@/components/letter/signatory-list";
import { SignatoryPagination, signatoriesQuery } from "@/components/letter/signatory-pagination";
import { SignatorySearchForm } from "@/components/letter/signatory-search-form";
import { WithheldNote } from "@/components/letter/withheld-note";
import { Link } from "@/components/ui/link";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { getSignatoryPage, type LetterPage } from "@/db/queries/public-letters";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import {
  parseSignatoryViewSegment,
  type SignatoryListKind,
  type SignatoryView,
} from "@/lib/domain/signatory-view";
import { letterCardPath, letterPath, letterSignatoriesPath } from "@/lib/domain/urls";
import { formatTally } from "@/lib/i18n/tally";

/*
 * A letter's signatories, one view (kind, search, page) per path: proxy.ts rewrites the
 * public address (…/signatories?kind=individuals&q=kim&page=3) to …/signatories/<view>,
 * so each view is rendered once and then served from the page cache until a signature
 * starts or stops counting (the letter's tag). Views are many (any search, any page):
 * their entries share a capped part of the cache (cacheTags.searchResults).
 */

// Served from the cache; the letter's writes revalidate its tag, and day counts roll over within 10 minutes.
export const revalidate = 600;

/** No view is rendered at build time (the database is not there then); each is rendered on first visit. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: LocaleParams<{ slug: string; letterSlug: string; view: string }> };
type ListKind = SignatoryListKind;
type Search = { kind: ListKind; q: string; page: number };

/** The view the path names; a 404 for a segment no public address is rewritten to. */
async function readView(params: Props["params"]): Promise<SignatoryView> {
  const view = parseSignatoryViewSegment((await params).view);
  if (!view) notFound();
  return view;
}

function resolveKind(view: SignatoryView, letter: LetterPage): Search {
  // Without a choice, show whichever list has names: organisations first.
  const kind =
    view.kind ??
    (letter.organisations.total === 0 && letter.individuals.total > 0 ? "individuals" : "organisations");
  return { kind, q: view.q, page: view.page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await routeLocale(params);
  const page = await findLetterPage(params);
  if (!page) return {};
  const { letter } = page;
  const search = resolveKind(await readView(params), page);
  const t = await getTranslations("signatories");
  const shared = await sharedPageMetadata({
    title:
      search.page > 1
        ? t("titlePage", { letter: letter.title, page: search.page })
        : t("title", { letter: letter.title }),
    description: t("metaDescription", {
      letter: letter.title,
      tally: formatTally(letter.tally, await getLocale()),
    }),
    // The list itself is canonical; a search result is not a page of its own.
    canonical: `${letterSignatoriesPath(letter.campaignSlug, letter.slug)}${signatoriesQuery({
      kind: search.kind,
      page: search.page,
    })}`,
    card: { path: letterCardPath(letter.campaignSlug, letter.slug), kind: "letter" },
  });
  return { ...shared, robots: search.q ? { index: false, follow: true } : undefined };
}

export default async function SignatoriesPage({ params }: Props) {
  await routeLocale(params);
  const page = await requireLetterPage(params);
  const { letter } = page;
  const search = resolveKind(await readView(params), page);
  const [t, tLetter] = await Promise.all([getTranslations("signatories"), getTranslations("letterPage")]);
  const results = await getSignatoryPage({
    campaignSlug: letter.campaignSlug,
    letterSlug: letter.slug,
    kind: search.kind === "organisations" ? "organisation" : "individual",
    query: search.q,
    page: search.page,
  });
  const basePath = letterSignatoriesPath(letter.campaignSlug, letter.slug);
  const letterHref = letterPath(letter.campaignSlug, letter.slug);
  const from = (results.page - 1) * results.pageSize + 1;
  const to = from + results.rows.length - 1;
  const totals: Record<ListKind, number> = {
    organisations: page.organisations.total,
    individuals: page.individuals.total,
  };

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-10">
      <LetterPageBreadcrumb letter={letter} current={t("heading")} />

      <header className="mt-6">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
        <p className="mt-2 text-lg">
          <Link href={letterHref}>{letter.title}</Link>
        </p>
        {letter.isSample || page.campaignIsSample ? (
          <p className="mt-2 text-sm text-warning">{tLetter("sampleLetter")}</p>
        ) : null}
        <LetterTally letter={letter} className="mt-5" />
      </header>

      <nav aria-label={t("kindsLabel")} className="mt-8 border-b border-line">
        <ul className="-mb-px flex flex-wrap gap-x-1 sm:gap-x-2">
          {(["organisations", "individuals"] as const).map((kind) => {
            const current = kind === search.kind;
            return (
              <li key={kind}>
                <Link
                  href={`${basePath}${signatoriesQuery({ kind, query: search.q })}`}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center border-b-4 px-2 font-semibold sm:px-3 no-underline ${
                    current
                      ? "border-accent text-ink"
                      : "border-transparent text-accent hover:border-line-strong hover:text-accent-strong"
                  }`}
                >
                  {/* Everyone who signed, as the tally counts them; the list names those who may be named. */}
                  {t(`tab.${kind}`, { count: letter.tally[kind] })}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <div className="mt-6">
        <SignatorySearchForm basePath={basePath} kind={search.kind} query={search.q} />
      </div>

      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="border-b-2 border-ink pb-2 text-2xl font-bold">
          {t(`resultsHeading.${search.kind}`)}
        </h2>
        <div role="status" className="mt-3 text-ink-muted">
          {results.total === 0 ? (
            <p>
              {search.q
                ? t(`noMatch.${search.kind}`, { query: search.q })
                : tLetter(`signatories.none.${search.kind}`, { why: noneListedReason(letter, search.kind) })}
            </p>
          ) : (
            <p>
              {search.q ? `${t(`matches.${search.kind}`, { total: results.total, query: search.q })} ` : null}
              {results.pageCount > 1 || !search.q ? t("showing", { from, to, total: results.total }) : null}
            </p>
          )}
        </div>
        {results.rows.length > 0 ? <SignatoryList rows={results.rows} letterVersion={page.version} /> : null}
        <SignatoryPagination
          basePath={basePath}
          kind={search.kind}
          query={search.q}
          page={results.page}
          pageCount={results.pageCount}
        />
        {/* Under this list only those of its kind: the other tab says its own. */}
        <WithheldNote
          count={letter.tally.withheldByKind[search.kind]}
          kind={search.kind}
          afterList={totals[search.kind] > 0}
          className="mt-8"
        />
      </section>

      <p className="mt-10">
        <Link href={letterHref} className="inline-flex min-h-11 items-center gap-1 font-semibold">
          <span aria-hidden="true">←</span> {t("backToLetter")}
        </Link>
      </p>
    </div>
  );
}
