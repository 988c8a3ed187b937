import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DueSoonLetter, OverdueLetter } from "@/db/queries/dashboard";
import { formatDay } from "@/lib/i18n/dates";
import { DashboardRows } from "./dashboard-section";

/** The letter, and which of its targets the row is about when it has several. */
async function LetterTitle({ letter }: { letter: OverdueLetter | DueSoonLetter }) {
  const t = await getTranslations("staffDashboard");
  return (
    <p className="break-words">
      <Link href={`/staff/letters/${letter.id}`} className="font-semibold">
        {letter.title}
      </Link>
      {letter.targetCount > 1 ? (
        <span className="text-ink-muted"> {t("toTarget", { target: letter.targetName })}</span>
      ) : null}
    </p>
  );
}

/** A row per letter and target: each target runs on its own clock. */
const letterTarget = (letter: OverdueLetter | DueSoonLetter) => `${letter.id}/${letter.targetId}`;

/** Sent letters past their deadline with no response (each target on its own clock), most overdue first. */
export async function OverdueLetters({ letters }: { letters: OverdueLetter[] }) {
  const [t, locale] = await Promise.all([getTranslations("staffDashboard.overdue"), getLocale()]);
  return (
    <DashboardRows
      id="overdue-heading"
      t={t}
      intro={t("intro")}
      items={letters}
      rowKey={letterTarget}
      row={(l) => ({
        title: <LetterTitle letter={l} />,
        detail: t("detail", {
          campaign: l.campaignTitle,
          deadline: formatDay(l.deadline, locale),
          days: l.daysOverdue,
        }),
        // The figure the public pages show, counted from sending; the deadline is detail.
        badge: (
          <StatusBadge tone="danger">
            {t("silent", { days: l.daysWithoutResponse, approximate: l.approximate ? "yes" : "no" })}
          </StatusBadge>
        ),
      })}
    />
  );
}

/** Sent letters whose response is due within the next days, soonest first. */
export async function DueSoonLetters({ letters, days }: { letters: DueSoonLetter[]; days: number }) {
  const [t, locale] = await Promise.all([getTranslations("staffDashboard.dueSoon"), getLocale()]);
  return (
    <DashboardRows
      id="due-soon-heading"
      t={t}
      values={{ days }}
      items={letters}
      rowKey={letterTarget}
      row={(l) => ({
        title: <LetterTitle letter={l} />,
        detail: t("detail", { campaign: l.campaignTitle, deadline: formatDay(l.deadline, locale) }),
        badge: <StatusBadge tone="warning">{t("days", { days: l.daysLeft })}</StatusBadge>,
      })}
    />
  );
}
