import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import { run } from "@/db/queries/run";
import { listStaffTargets } from "@/db/queries/staff-campaigns";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffTargets");
  return { title: t("title") };
}

/** An IANA zone name that may wrap after its slashes ("Asia/␣Seoul"), never inside a word. */
function ZoneName({ zone }: { zone: string }) {
  const parts = zone.split("/");
  return (
    <span className="block">
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one name, in a fixed order
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 ? (
            <>
              /<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </span>
  );
}

export default async function StaffTargetsPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  await requirePermission("target.manage", "/staff/targets");
  const [t, tKind, targets] = await Promise.all([
    getTranslations("staffTargets"),
    getTranslations("staffCampaignForms.targetKinds"),
    run(listStaffTargets),
  ]);

  return (
    <StaffPage>
      <StaffPageHeader
        title={t("title")}
        intro={t("intro")}
        action={{ href: "/staff/targets/new", label: t("new") }}
      />
      {targets.length === 0 ? (
        <EmptyState className="mt-8">{t("empty")}</EmptyState>
      ) : (
        <Table
          caption={t("caption")}
          compact
          className="mt-8"
          columns={[
            { label: t("list.name") },
            { label: t("list.kind"), showFrom: "sm" },
            { label: t("list.timeZone") },
            { label: t("list.campaigns"), showFrom: "sm" },
          ]}
        >
          <TableBody>
            {targets.map((target) => (
              <TableRow key={target.id}>
                <RowHeader>
                  <Link href={`/staff/targets/${target.id}`} className="font-semibold">
                    {target.name}
                  </Link>
                  <span className="block text-sm text-ink-muted sm:hidden">
                    {tKind(target.kind)} · {t("list.campaignCount", { count: target.campaignCount })}
                  </span>
                </RowHeader>
                <TableCell showFrom="sm">
                  {tKind(target.kind)}
                  {target.country ? ` · ${target.country}` : null}
                </TableCell>
                <TableCell>
                  <ZoneName zone={target.timeZone} />
                  <span className="block text-sm text-ink-muted">
                    {t("list.holidays", { count: target.holidayCount })}
                  </span>
                </TableCell>
                <TableCell showFrom="sm" className="tabular-nums">
                  {target.campaignCount}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </StaffPage>
  );
}
