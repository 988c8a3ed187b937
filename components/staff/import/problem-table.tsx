"use client";

import { useTranslations } from "next-intl";
import type { PreviewProblemRow } from "@/lib/actions/definitions/import";
import type { ImportProblem } from "@/lib/domain/import-signatories";

/** Every row that will not be imported, by line, with what is wrong in words. */
export function ProblemTable({ rows, total }: { rows: PreviewProblemRow[]; total: number }) {
  const t = useTranslations("staffImport.problems");
  const describeProblem = (p: ImportProblem) => {
    if (p.code === "badKind" && !p.value) return t("badKindEmpty");
    return t(p.code, { line: p.line ?? 0, value: p.value ?? "" });
  };

  const problemList = (row: PreviewProblemRow) => (
    <ul className="flex flex-col gap-1">
      {row.problems.map((p) => (
        <li key={`${p.code}-${p.line ?? ""}`} className="flex items-start gap-1.5 text-danger">
          <span aria-hidden="true" className="font-bold">
            ✕
          </span>
          <span>{describeProblem(p)}</span>
        </li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="import-problems-heading" className="flex flex-col gap-3">
      <h3 id="import-problems-heading" className="text-xl font-bold">
        {t("heading", { count: total })}
      </h3>
      <p className="max-w-2xl text-ink-muted">{t("intro")}</p>
      {rows.length < total ? (
        <p className="font-semibold">{t("truncated", { shown: rows.length, total })}</p>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-line bg-paper-deep text-sm text-ink-muted">
            <tr>
              <th scope="col" className="w-14 px-3 py-2 font-semibold sm:w-20 sm:px-4">
                {t("line")}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold sm:px-4">
                {t("row")}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold sm:px-4">
                {t("problem")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((row) => (
              <tr key={row.line} className="align-top">
                <th scope="row" className="px-3 py-3 font-semibold tabular-nums sm:px-4">
                  {row.line}
                </th>
                {/* overflow-wrap:anywhere lets long addresses wrap, so the table fits a phone. */}
                <td className="px-3 py-3 [overflow-wrap:anywhere] sm:px-4">
                  {row.label || <span className="text-ink-muted">{t("unnamed")}</span>}
                </td>
                <td className="px-3 py-3 [overflow-wrap:anywhere] sm:px-4">{problemList(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
