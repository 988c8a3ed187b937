import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { TranslationStatusRow } from "@/db/queries/staff-translations";
import type { TranslationState } from "@/lib/domain/content-languages";
import type { Locale } from "@/lib/domain/locales";
import { translationEditorPath } from "./paths";

const TONE: Record<TranslationState, "warning" | "neutral" | "success"> = {
  missing: "warning",
  partial: "neutral",
  outdated: "warning",
  current: "success",
};

/** Records and how far each has got in one language, each with a link to its side-by-side editor. */
export async function TranslationStatusTable({
  rows,
  locale,
  showCampaign,
}: {
  rows: readonly TranslationStatusRow[];
  locale: Locale;
  /** Name each record's campaign (the list across campaigns). */
  showCampaign: boolean;
}) {
  const [t, names] = await Promise.all([
    getTranslations("staffTranslations"),
    getTranslations("contentLanguage.language"),
  ]);
  const language = names(locale);
  return (
    <Table
      caption={t("caption", { language })}
      columns={[
        { label: t("columns.record") },
        { label: t("columns.kind"), showFrom: "sm" },
        { label: t("columns.state", { language }) },
      ]}
    >
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.kind}:${row.id}`}>
            <RowHeader>
              <Link
                href={translationEditorPath(row.kind, row.id, locale)}
                aria-label={t("translateLabel", { language, record: row.label })}
                className="font-semibold break-words"
              >
                {row.label}
              </Link>
              {showCampaign && row.kind !== "campaign" ? (
                <span className="mt-1 block text-sm break-words text-ink-muted">{row.campaign.title}</span>
              ) : null}
              <span className="mt-1 block text-sm text-ink-muted sm:hidden">{t(`kind.${row.kind}`)}</span>
            </RowHeader>
            <TableCell showFrom="sm">{t(`kind.${row.kind}`)}</TableCell>
            <TableCell>
              <StatusBadge tone={TONE[row.state]}>{t(`state.${row.state}`)}</StatusBadge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
