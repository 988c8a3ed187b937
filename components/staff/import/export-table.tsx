import { getTranslations } from "next-intl/server";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { ImportLetterOption } from "@/db/queries/import-export";
import { signatoriesCsvPath, staffSignaturesExportPath } from "@/lib/domain/urls";

/** Each letter with its two downloads: the staff's full list, and the public one where the public may see it. */
export async function ExportTable({ letters }: { letters: ImportLetterOption[] }) {
  const [t, tStatus] = await Promise.all([
    getTranslations("staffExport"),
    getTranslations("staffImport.letterStatus"),
  ]);
  if (letters.length === 0) return <p className="mt-8 text-ink-muted">{t("empty")}</p>;
  return (
    <Table
      caption={t("caption")}
      className="mt-8"
      columns={[{ label: t("letter") }, { label: t("downloads") }]}
    >
      <TableBody>
        {letters.map((letter) => (
          <TableRow key={letter.id}>
            <RowHeader>
              <span className="block font-semibold break-words">{letter.title}</span>
              <span className="block text-sm text-ink-muted">
                {letter.campaignTitle} · {tStatus(letter.status)}
              </span>
            </RowHeader>
            <TableCell>
              <ul className="flex flex-col gap-2">
                <li>
                  <a
                    href={staffSignaturesExportPath(letter.id)}
                    download
                    aria-label={t("staffFor", { letter: letter.title })}
                  >
                    {t("staff")}
                  </a>
                </li>
                <li>
                  {letter.isPublic ? (
                    <a
                      href={signatoriesCsvPath(letter.id)}
                      download
                      aria-label={t("publicFor", { letter: letter.title })}
                    >
                      {t("public")}
                    </a>
                  ) : (
                    <span className="text-sm text-ink-muted">{t("notPublic")}</span>
                  )}
                </li>
              </ul>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
