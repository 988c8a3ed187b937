import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DecisionPoint } from "@/db/queries/dashboard";
import { preciseDateTime } from "@/lib/domain/dates";
import { formatPreciseDate } from "@/lib/i18n/dates";
import { DashboardRows } from "./dashboard-section";

/** Pending asks whose decision comes up soon; month-only dates count from the month's start. */
export async function DecisionPoints({ points, days }: { points: DecisionPoint[]; days: number }) {
  const [t, locale] = await Promise.all([getTranslations("staffDashboard.decisions"), getLocale()]);
  return (
    <DashboardRows
      id="decisions-heading"
      t={t}
      values={{ days }}
      items={points}
      rowKey={(p) => p.id}
      row={(p) => ({
        title: <p className="font-semibold break-words">{p.title}</p>,
        detail: (
          <>
            <Link href={`/staff/letters?campaign=${p.campaignId}`}>{p.campaignTitle}</Link>
            {" · "}
            <time dateTime={preciseDateTime(p.decision)}>{formatPreciseDate(p.decision, locale)}</time>
            {p.venue ? ` · ${p.venue}` : null}
          </>
        ),
        badge: (
          <StatusBadge tone="info">
            {p.daysUntil === 0 ? t(`now.${p.decision.precision}`) : t("in", { days: p.daysUntil })}
          </StatusBadge>
        ),
      })}
    />
  );
}
