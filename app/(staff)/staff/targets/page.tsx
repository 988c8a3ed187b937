import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { StaffPage } from "@/components/staff/staff-page";
import { buttonClasses } from "@/components/ui/button";
import { getDb } from "@/db";
import { listStaffTargets } from "@/db/queries/staff-campaigns";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
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

export default async function StaffTargetsPage() {
  await requirePermission("target.manage", "/staff/targets");
  const [t, tKind, targets] = await Promise.all([
    getTranslations("staffTargets"),
    getTranslations("staffCampaignForms.targetKinds"),
    listStaffTargets(getDb()),
  ]);

  return (
    <StaffPage>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-4xl font-bold">{t("title")}</h1>
          <p className="mt-3 max-w-2xl text-lg text-ink-muted">{t("intro")}</p>
        </div>
        <Link href="/staff/targets/new" className={buttonClasses("primary", "shrink-0")}>
          {t("new")}
        </Link>
      </div>
      {targets.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-line-strong p-6 text-ink-muted">
          {t("empty")}
        </p>
      ) : (
        <div className="mt-8 overflow-x-auto rounded-lg border border-line bg-surface">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="border-b border-line bg-paper-deep text-sm text-ink-muted">
              <tr>
                <th scope="col" className="px-3 py-3 font-semibold sm:px-4">
                  {t("list.name")}
                </th>
                <th scope="col" className="hidden px-3 py-3 font-semibold sm:table-cell sm:px-4">
                  {t("list.kind")}
                </th>
                <th scope="col" className="px-3 py-3 font-semibold sm:px-4">
                  {t("list.timeZone")}
                </th>
                <th scope="col" className="hidden px-3 py-3 font-semibold sm:table-cell sm:px-4">
                  {t("list.campaigns")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {targets.map((target) => (
                <tr key={target.id} className="align-top">
                  <th scope="row" className="px-3 py-3 text-left font-normal sm:px-4">
                    <Link href={`/staff/targets/${target.id}`} className="font-semibold">
                      {target.name}
                    </Link>
                    <span className="block text-sm text-ink-muted sm:hidden">
                      {tKind(target.kind)} · {t("list.campaignCount", { count: target.campaignCount })}
                    </span>
                  </th>
                  <td className="hidden px-3 py-3 sm:table-cell sm:px-4">
                    {tKind(target.kind)}
                    {target.country ? ` · ${target.country}` : null}
                  </td>
                  <td className="px-3 py-3 sm:px-4">
                    <ZoneName zone={target.timeZone} />
                    <span className="block text-sm text-ink-muted">
                      {t("list.holidays", { count: target.holidayCount })}
                    </span>
                  </td>
                  <td className="hidden px-3 py-3 tabular-nums sm:table-cell sm:px-4">
                    {target.campaignCount}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffPage>
  );
}
