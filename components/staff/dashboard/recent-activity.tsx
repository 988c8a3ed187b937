import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { ActivityItem } from "@/db/queries/dashboard";
import { DashboardSection } from "./dashboard-section";

/** The latest changes to the record: who did what, to which record, when (times in UTC). */
export async function RecentActivity({
  items,
  showAuditLink,
}: {
  items: ActivityItem[];
  showAuditLink: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("staffDashboard.activity"), getFormatter()]);
  const actionLabel = (action: string) => {
    const key = `actions.${action}`;
    return t.has(key) ? t(key) : action;
  };
  return (
    <DashboardSection id="activity-heading" t={t} intro={t("intro")} isEmpty={items.length === 0}>
      <ol className="divide-y divide-line rounded-lg border border-line bg-surface">
        {items.map((item) => (
          <li key={item.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-baseline sm:gap-4">
            <time dateTime={item.at} className="shrink-0 text-sm text-ink-muted tabular-nums sm:w-44">
              {format.dateTime(new Date(item.at), { dateStyle: "medium", timeStyle: "short" })}
            </time>
            <p className="min-w-0 break-words">
              <span className="font-semibold">{item.actorEmail ?? t("system")}</span>{" "}
              {actionLabel(item.action)}
              {item.entityLabel && item.entityId ? (
                <>
                  {": "}
                  <Link href={`/staff/letters/${item.entityId}`}>{item.entityLabel}</Link>
                </>
              ) : (
                <span className="text-ink-muted"> · {item.entityType}</span>
              )}
            </p>
          </li>
        ))}
      </ol>
      {showAuditLink ? (
        <p className="mt-3">
          <Link href="/staff/audit">{t("auditLink")}</Link>
        </p>
      ) : null}
    </DashboardSection>
  );
}
