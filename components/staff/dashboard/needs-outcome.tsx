import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AskNeedingOutcome } from "@/db/queries/dashboard";
import { formatPreciseDate, preciseDateTime } from "@/lib/domain/dates";
import { DashboardRows } from "./dashboard-section";

/** Asks whose decision date passed with no outcome recorded, longest waiting first, each linked to its campaign. */
export async function NeedsOutcome({ asks }: { asks: AskNeedingOutcome[] }) {
  const t = await getTranslations("staffDashboard.needsOutcome");
  return (
    <DashboardRows
      id="needs-outcome-heading"
      t={t}
      intro={t("intro")}
      items={asks}
      rowKey={(a) => a.id}
      row={(a) => ({
        title: <p className="font-semibold break-words">{a.title}</p>,
        detail: (
          <>
            <Link href={`/staff/campaigns/${a.campaignId}`}>{a.campaignTitle}</Link>
            {" · "}
            <time dateTime={preciseDateTime(a.decision)}>{formatPreciseDate(a.decision)}</time>
            {a.venue ? ` · ${a.venue}` : null}
          </>
        ),
        badge: <StatusBadge tone="warning">{t("badge")}</StatusBadge>,
      })}
    />
  );
}
