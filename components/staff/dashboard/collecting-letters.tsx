import { getLocale, getTranslations } from "next-intl/server";
import { formatWindowInstant } from "@/components/signing/signing-window";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CollectingLetter } from "@/db/queries/dashboard";
import { formatTally } from "@/lib/i18n/tally";
import { DashboardRows } from "./dashboard-section";

/** Letters open for signing, with how many have signed and when signing closes, the soonest to close first. */
export async function CollectingLetters({ letters }: { letters: CollectingLetter[] }) {
  const [t, locale] = await Promise.all([getTranslations("staffDashboard.collecting"), getLocale()]);
  return (
    <DashboardRows
      id="collecting-heading"
      t={t}
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
          closes: l.closesAt ? formatWindowInstant(new Date(l.closesAt), l.timeZone, locale) : t("noClosing"),
          tally: formatTally(l.tally, locale),
        }),
        badge: <StatusBadge tone="info">{t("signed", { count: l.signed })}</StatusBadge>,
      })}
    />
  );
}
