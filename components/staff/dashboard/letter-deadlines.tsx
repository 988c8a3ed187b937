import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DueSoonLetter, OverdueLetter } from "@/db/queries/dashboard";
import { formatPreciseDate } from "@/lib/domain/dates";
import { DashboardList, DashboardSection } from "./dashboard-section";

const day = (date: string) => formatPreciseDate({ date, precision: "day" });

/** Sent letters past their deadline with no response, most overdue first. */
export async function OverdueLetters({ letters }: { letters: OverdueLetter[] }) {
  const t = await getTranslations("staffDashboard.overdue");
  return (
    <DashboardSection
      id="overdue-heading"
      heading={t("heading")}
      count={letters.length}
      intro={t("intro")}
      empty={t("empty")}
      isEmpty={letters.length === 0}
    >
      <DashboardList>
        {letters.map((l) => (
          <li
            key={l.id}
            className="flex flex-col gap-2 px-4 py-4 sm:flex-row sm:items-start sm:justify-between"
          >
            <div className="min-w-0">
              <Link href={`/staff/letters/${l.id}`} className="font-semibold break-words">
                {l.title}
              </Link>
              <p className="text-sm break-words text-ink-muted">
                {t("detail", { campaign: l.campaignTitle, deadline: day(l.deadline), days: l.daysOverdue })}
              </p>
            </div>
            <div className="shrink-0">
              {/* The figure the public pages show, counted from sending; the deadline is detail. */}
              <StatusBadge tone="danger">{t("silent", { days: l.daysWithoutResponse })}</StatusBadge>
            </div>
          </li>
        ))}
      </DashboardList>
    </DashboardSection>
  );
}

/** Sent letters whose response is due within the next days, soonest first. */
export async function DueSoonLetters({ letters, days }: { letters: DueSoonLetter[]; days: number }) {
  const t = await getTranslations("staffDashboard.dueSoon");
  return (
    <DashboardSection
      id="due-soon-heading"
      heading={t("heading", { days })}
      count={letters.length}
      empty={t("empty", { days })}
      isEmpty={letters.length === 0}
    >
      <DashboardList>
        {letters.map((l) => (
          <li
            key={l.id}
            className="flex flex-col gap-2 px-4 py-4 sm:flex-row sm:items-start sm:justify-between"
          >
            <div className="min-w-0">
              <Link href={`/staff/letters/${l.id}`} className="font-semibold break-words">
                {l.title}
              </Link>
              <p className="text-sm break-words text-ink-muted">
                {t("detail", { campaign: l.campaignTitle, deadline: day(l.deadline) })}
              </p>
            </div>
            <div className="shrink-0">
              <StatusBadge tone="warning">{t("days", { days: l.daysLeft })}</StatusBadge>
            </div>
          </li>
        ))}
      </DashboardList>
    </DashboardSection>
  );
}
