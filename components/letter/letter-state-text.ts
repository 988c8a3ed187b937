import { getTranslations } from "next-intl/server";
import { formatPreciseDate } from "@/lib/domain/dates";
import type { LetterClock } from "@/lib/domain/deadlines";
import type { TargetCounts } from "@/lib/domain/letter-targets";

/**
 * The letter's state as plain text, as the LetterState badge words it (and descriptions
 * repeat it). With `targets` of a letter to several, it says how many have not answered:
 * "2 of 3 have not answered · no response for 40 days".
 */
export async function letterStateText(clock: LetterClock, targets?: TargetCounts): Promise<string> {
  const t = await getTranslations("letterState");
  const several = targets !== undefined && targets.total > 1;
  const counts = several ? { unanswered: targets.unanswered, total: targets.total } : null;
  switch (clock.state) {
    case "overdue":
      return counts
        ? t("overdueOf", { ...counts, days: clock.daysWithoutResponse })
        : t("overdue", { days: clock.daysWithoutResponse });
    case "answered": {
      const date = formatPreciseDate({ date: clock.respondedOn, precision: clock.respondedPrecision });
      return counts ? t("answeredAll", { total: counts.total, date }) : t("answered", { date });
    }
    case "awaiting":
      if (clock.daysLeft === null)
        return counts ? t("awaitingOfNoDeadline", counts) : t("awaitingNoDeadline");
      return counts
        ? t("awaitingOf", { ...counts, days: Math.max(clock.daysLeft, 0) })
        : t("awaiting", { days: Math.max(clock.daysLeft, 0) });
    default:
      return t(clock.state);
  }
}
