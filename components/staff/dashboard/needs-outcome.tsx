import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AskNeedingOutcome } from "@/db/queries/dashboard";
import { preciseDateTime } from "@/lib/domain/dates";
import { formatPreciseDate } from "@/lib/i18n/dates";
import { DashboardRows } from "./dashboard-section";

/** Asks whose decision date passed with no outcome recorded, longest waiting first, each linked to its campaign. */
export async function NeedsOutcome({ asks }: { asks: AskNeedingOutcome[] }) {
  const [t, locale] = await Promise.all([getTranslations("staffDashboard.needsOutcome"), getLocale()]);
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
            <time dateTime={preciseDateTime(a.decision)}>{formatPreciseDate(a.decision, locale)}</time>
            {a.venue ? ` · ${a.venue}` : null}
          </>
        ),
        badge: <StatusBadge tone="warning">{t("badge")}</StatusBadge>,
      })}
    />
  );
}
