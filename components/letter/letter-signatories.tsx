import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { LetterPage, SignatoryPage } from "@/db/queries/public-letters";
import { letterPrintPath, letterSignatoriesPath } from "@/lib/domain/urls";
import { siteUrl } from "@/lib/server/env";
import { noneListedReason } from "./none-listed";
import { SignatoryDownloads } from "./signatory-downloads";
import { SignatoryList } from "./signatory-list";
import { signatoriesQuery } from "./signatory-pagination";
import { WithheldNote } from "./withheld-note";

type ListKind = "organisations" | "individuals";

/** The letter page's signatories: organisations and individuals apart, the first page of each. */
export async function LetterSignatories({ page }: { page: LetterPage }) {
  const t = await getTranslations("letterPage.signatories");
  const { letter } = page;
  const accepts = (kind: ListKind) => letter.whoCanSign === "both" || letter.whoCanSign === kind;
  const lists = (
    [
      ["organisations", page.organisations],
      ["individuals", page.individuals],
    ] as const
  ).filter(([kind, list]) => accepts(kind) || list.total > 0);
  const listed = page.organisations.total + page.individuals.total;
  const truncated = lists.some(([, list]) => list.total > list.rows.length);

  return (
    <section id="signatories" aria-labelledby="signatories-heading" className="mt-12 scroll-mt-4">
      <h2 id="signatories-heading" className="text-2xl font-bold sm:text-3xl">
        {t("heading")}
      </h2>
      <p className="mt-2 text-ink-muted">{t("intro")}</p>
      {truncated ? (
        // Printing this page gives the first names only; the print view has them all.
        <p className="mt-2 hidden font-semibold print:block">
          {t("printPartial", { url: siteUrl() + letterPrintPath(letter.campaignSlug, letter.slug) })}
        </p>
      ) : null}
      {lists.map(([kind, list]) => (
        <SignatorySection
          key={kind}
          kind={kind}
          list={list}
          noneListed={noneListedReason(letter, kind)}
          letterVersion={page.version}
          browseHref={`${letterSignatoriesPath(letter.campaignSlug, letter.slug)}${signatoriesQuery({ kind })}`}
        />
      ))}
      <WithheldNote count={page.withheldCount} afterList={listed > 0} className="mt-6" />
      {listed > 0 ? <SignatoryDownloads letter={letter} /> : null}
    </section>
  );
}

async function SignatorySection({
  kind,
  list,
  noneListed,
  letterVersion,
  browseHref,
}: {
  kind: ListKind;
  list: SignatoryPage;
  noneListed: ReturnType<typeof noneListedReason>;
  letterVersion: number;
  browseHref: string;
}) {
  const t = await getTranslations("letterPage.signatories");
  const headingId = `signatories-${kind}`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h3
        id={headingId}
        className="flex flex-wrap items-baseline gap-x-3 border-b-2 border-ink pb-2 text-xl font-bold"
      >
        {t(kind)}
        <span className="font-sans text-base font-normal text-ink-muted">
          {t("listedCount", { count: list.total })}
        </span>
      </h3>
      {list.rows.length > 0 ? (
        <SignatoryList rows={list.rows} letterVersion={letterVersion} />
      ) : (
        <p className="mt-3 text-ink-muted">{t(`none.${kind}`, { why: noneListed })}</p>
      )}
      {/* Only when there are more names than shown: the whole list, searchable and paginated. */}
      {list.total > list.rows.length ? (
        <>
          <p className="mt-3 text-sm text-ink-muted">
            {t("firstOf", { shown: list.rows.length, total: list.total })}
          </p>
          <p className="mt-3 print:hidden">
            <Link href={browseHref} className="inline-flex min-h-11 w-fit items-center gap-1 font-semibold">
              {t(kind === "organisations" ? "browseOrganisations" : "browseIndividuals", {
                count: list.total,
              })}
              <span aria-hidden="true">→</span>
            </Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
