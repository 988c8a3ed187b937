import { unstable_cache } from "next/cache";
import { getTranslations } from "next-intl/server";
import { csvResponse, notFoundResponse } from "@/app/api/responses";
import { countryName } from "@/components/letter/country-name";
import { getPublicExportLetter, listPublicExportRows } from "@/db/queries/import-export";
import { run } from "@/db/queries/run";
import { cacheTags, PUBLIC_REVALIDATE_SECONDS } from "@/lib/domain/cache-tags";
import { toCsv } from "@/lib/domain/csv";

/*
 * A letter's public signatory list as CSV, for journalists and partners: the names the
 * letter page lists and nothing more — no e-mail addresses, nobody who withheld their
 * name, nothing from a letter the public may not see (those are 404, like an unknown id).
 * The rows are cached under the letter's tag, so a withdrawal or an import shows at once.
 */

export async function GET(_request: Request, { params }: { params: Promise<{ letterId: string }> }) {
  const { letterId } = await params;
  const letter = await run(getPublicExportLetter, { letterId });
  if (!letter) return notFoundResponse();

  const [t, rows] = await Promise.all([
    // A data file keeps one fixed form, whatever the page it was linked from: English.
    getTranslations({ locale: "en-GB", namespace: "staffExport" }),
    unstable_cache(
      () => run(listPublicExportRows, { letterId: letter.id }),
      ["public-letter-csv", letter.id],
      {
        tags: [cacheTags.letter(letter.campaignSlug, letter.slug)],
        revalidate: PUBLIC_REVALIDATE_SECONDS,
      },
    )(),
  ]);
  const csv = toCsv([
    [
      t("publicColumns.name"),
      t("publicColumns.titleAffiliation"),
      t("publicColumns.country"),
      t("publicColumns.kind"),
    ],
    ...rows.map((r) => [
      r.displayName,
      r.titleAffiliation,
      countryName(r.country, "en-GB"),
      t(`kinds.${r.kind}`),
    ]),
  ]);
  const filename = `${letter.campaignSlug}--${letter.slug}--signatories.csv`;
  return csvResponse(csv, { filename, cacheControl: "public, no-cache" });
}
