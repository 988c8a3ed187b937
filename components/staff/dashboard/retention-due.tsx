import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ErasureDueLetter } from "@/db/queries/personal-data";
import { formatDay } from "@/lib/i18n/dates";
import { DashboardRows } from "./dashboard-section";

/**
 * Closed letters whose signers' personal data the maintenance job erases within the
 * next `days` days, with the date; one already due is erased at the next round.
 */
export async function RetentionDue({
  letters,
  days,
  now,
}: {
  letters: readonly ErasureDueLetter[];
  days: number;
  now: Date;
}) {
  const [t, locale] = await Promise.all([getTranslations("staffDashboard.erasures"), getLocale()]);
  return (
    <DashboardRows
      id="erasures-heading"
      t={t}
      values={{ days }}
      intro={t("intro")}
      items={letters}
      rowKey={(l) => l.id}
      row={(l) => ({
        title: (
          <p className="break-words">
            <Link href={`/staff/letters/${l.id}`} className="font-semibold">
              {l.title}
            </Link>
          </p>
        ),
        detail: t("detail", {
          campaign: l.campaignTitle,
          closed: formatDay(l.closedAt, locale),
          months: l.months,
        }),
        badge:
          l.dueAt <= now ? (
            <StatusBadge tone="warning">{t("dueNow")}</StatusBadge>
          ) : (
            <StatusBadge tone="info">
              {t("on", {
                date: formatDay(l.dueAt, locale),
              })}
            </StatusBadge>
          ),
      })}
    />
  );
}
