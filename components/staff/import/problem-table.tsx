"use client";

import { useTranslations } from "next-intl";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { PreviewProblemRow } from "@/lib/actions/import/definitions";
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
      <Table
        caption={t("caption")}
        compact
        minWidth={null}
        columns={[
          { label: t("line"), className: "w-14 sm:w-20" },
          { label: t("row") },
          { label: t("problem") },
        ]}
      >
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.line}>
              <RowHeader strong className="tabular-nums">
                {row.line}
              </RowHeader>
              {/* overflow-wrap:anywhere lets long addresses wrap, so the table fits a phone. */}
              <TableCell className="[overflow-wrap:anywhere]">
                {row.label || <span className="text-ink-muted">{t("unnamed")}</span>}
              </TableCell>
              <TableCell className="[overflow-wrap:anywhere]">{problemList(row)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
