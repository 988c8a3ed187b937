import { getLocale, getTranslations } from "next-intl/server";
import { RetractForm } from "@/components/staff/campaigns/retract-form";
import { RetractedNote } from "@/components/staff/campaigns/retracted-note";
import { EmptyState } from "@/components/ui/empty-state";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { StaffPosition } from "@/db/queries/un-staff";
import { retractPositionAction } from "@/lib/actions/resolutions/server";
import { formatPreciseDate } from "@/lib/i18n/dates";

/**
 * Every position recorded on a text, by state: what it was, when, and the source. A
 * wrong one is retracted with its reason and stays listed, marked; history is never
 * overwritten, so a state can have several (co-sponsored, then withdrew).
 */
export async function PositionsTable({ positions }: { positions: StaffPosition[] }) {
  const [t, tKind, locale] = await Promise.all([
    getTranslations("staffResolutions.positions"),
    getTranslations("staffResolutions.positionKinds"),
    getLocale(),
  ]);
  if (positions.length === 0) return <EmptyState className="mt-4">{t("empty")}</EmptyState>;
  const live = positions.filter((p) => !p.retraction).length;
  return (
    <>
      <p className="mt-2 text-ink-muted">{t("count", { live, retracted: positions.length - live })}</p>
      <Table
        caption={t("caption")}
        compact
        className="mt-4"
        columns={[
          { label: t("state") },
          { label: t("position") },
          { label: t("date"), showFrom: "sm" },
          { label: t("source"), showFrom: "md" },
        ]}
      >
        <TableBody>
          {positions.map((p) => {
            const label = p.sponsorship
              ? t("withSponsorship", { kind: tKind(p.kind), sponsorship: t(`sponsorships.${p.sponsorship}`) })
              : tKind(p.kind);
            const date = formatPreciseDate({ date: p.occurredOn, precision: p.precision }, locale);
            return (
              <TableRow key={p.id}>
                <RowHeader strong>{p.state.name}</RowHeader>
                <TableCell>
                  <span className={p.retraction ? "line-through" : undefined}>{label}</span>
                  {p.isSample ? <span className="text-sm text-ink-muted"> · {t("sample")}</span> : null}
                  <span className="block text-sm text-ink-muted sm:hidden">{date}</span>
                  {p.retraction ? (
                    <RetractedNote at={p.retraction.at} reason={p.retraction.reason} />
                  ) : (
                    <div className="mt-2">
                      <RetractForm
                        action={retractPositionAction}
                        id={p.id}
                        label={`${p.state.name}: ${label}`}
                      />
                    </div>
                  )}
                </TableCell>
                <TableCell showFrom="sm">{date}</TableCell>
                <TableCell showFrom="md">
                  {p.sourceUrl ? (
                    <a href={p.sourceUrl} rel="noopener noreferrer">
                      {p.sourceLabel ?? t("sourceLink")}
                    </a>
                  ) : (
                    (p.sourceLabel ?? <span className="text-ink-muted">{t("noSource")}</span>)
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
