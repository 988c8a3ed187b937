import { getTranslations } from "next-intl/server";
import type { ImportLetterOption } from "@/db/queries/import-export";
import { publicExportPath, staffExportPath } from "./export-paths";

/** Each letter with its two downloads: the staff's full list, and the public one where the public may see it. */
export async function ExportTable({ letters }: { letters: ImportLetterOption[] }) {
  const [t, tStatus] = await Promise.all([
    getTranslations("staffExport"),
    getTranslations("staffImport.letterStatus"),
  ]);
  if (letters.length === 0) return <p className="mt-8 text-ink-muted">{t("empty")}</p>;
  return (
    <div className="mt-8 overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full min-w-[18rem] border-collapse text-left">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-line bg-paper-deep text-sm text-ink-muted">
          <tr>
            <th scope="col" className="px-3 py-3 font-semibold sm:px-4">
              {t("letter")}
            </th>
            <th scope="col" className="px-3 py-3 font-semibold sm:px-4">
              {t("downloads")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {letters.map((letter) => (
            <tr key={letter.id} className="align-top">
              <th scope="row" className="px-3 py-4 text-left font-normal sm:px-4">
                <span className="block font-semibold break-words">{letter.title}</span>
                <span className="block text-sm text-ink-muted">
                  {letter.campaignTitle} · {tStatus(letter.status)}
                </span>
              </th>
              <td className="px-3 py-4 sm:px-4">
                <ul className="flex flex-col gap-2">
                  <li>
                    <a
                      href={staffExportPath(letter.id)}
                      download
                      aria-label={t("staffFor", { letter: letter.title })}
                    >
                      {t("staff")}
                    </a>
                  </li>
                  <li>
                    {letter.isPublic ? (
                      <a
                        href={publicExportPath(letter.id)}
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
