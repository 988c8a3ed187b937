import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { DEVELOPERS_PATH, signatoriesCsvPath, signatoriesJsonPath } from "@/lib/domain/urls";

/**
 * "Download the signatories": the letter's public list as CSV and as JSON, for journalists
 * and partners. The same names the page lists, nothing more (app/api/letters/…/signatories.csv
 * and the API's signatories.json). Plain links: they are files, not pages.
 */
export async function SignatoryDownloads({
  letter,
}: {
  letter: { id: string; slug: string; campaignSlug: string };
}) {
  const t = await getTranslations("signatoryDownloads");
  return (
    <section aria-labelledby="signatory-downloads-heading" className="mt-8 print:hidden">
      <h3 id="signatory-downloads-heading" className="text-lg font-bold">
        {t("heading")}
      </h3>
      <p className="mt-1 text-sm text-ink-muted">{t("intro")}</p>
      <ul className="mt-3 flex flex-wrap items-center gap-3">
        <li>
          <a
            href={signatoriesCsvPath(letter.id)}
            download
            aria-label={t("csvLabel")}
            className={buttonClasses("secondary")}
          >
            {t("csv")}
          </a>
        </li>
        <li>
          <a
            href={signatoriesJsonPath(letter.campaignSlug, letter.slug)}
            download
            aria-label={t("jsonLabel")}
            className={buttonClasses("secondary")}
          >
            {t("json")}
          </a>
        </li>
        <li>
          <Link href={DEVELOPERS_PATH} className="inline-flex min-h-11 items-center text-sm font-medium">
            {t("api")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
