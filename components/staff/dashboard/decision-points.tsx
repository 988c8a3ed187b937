import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DecisionPoint } from "@/db/queries/dashboard";
import { formatPreciseDate, preciseDateTime } from "@/lib/domain/dates";
import { DashboardList, DashboardRow, DashboardSection } from "./dashboard-section";

/** Pending asks whose decision comes up soon; month-only dates count from the month's start. */
export async function DecisionPoints({ points, days }: { points: DecisionPoint[]; days: number }) {
  const t = await getTranslations("staffDashboard.decisions");
  return (
    <DashboardSection
      id="decisions-heading"
      heading={t("heading", { days })}
      count={points.length}
      empty={t("empty", { days })}
      isEmpty={points.length === 0}
    >
      <DashboardList>
        {points.map((p) => (
          <DashboardRow
            key={p.id}
            title={<p className="font-semibold break-words">{p.title}</p>}
            detail={
              <>
                <Link href={`/staff/letters?campaign=${p.campaignId}`}>{p.campaignTitle}</Link>
                {" · "}
                <time dateTime={preciseDateTime(p.decision)}>{formatPreciseDate(p.decision)}</time>
                {p.venue ? ` · ${p.venue}` : null}
              </>
            }
            badge={
              <StatusBadge tone="info">
                {p.daysUntil === 0 ? t(`now.${p.decision.precision}`) : t("in", { days: p.daysUntil })}
              </StatusBadge>
            }
          />
        ))}
      </DashboardList>
    </DashboardSection>
  );
}
