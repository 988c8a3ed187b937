import { getTranslations } from "next-intl/server";
import { formatPreciseDate } from "@/lib/domain/dates";
import type { LetterClock } from "@/lib/domain/deadlines";

/** The letter's state as plain text, worded as the LetterState badge words it (for descriptions). */
export async function letterStateText(clock: LetterClock): Promise<string> {
  const t = await getTranslations("letterState");
  switch (clock.state) {
    case "overdue":
      return t("overdue", { days: clock.daysWithoutResponse });
    case "answered":
      return t("answered", {
        date: formatPreciseDate({ date: clock.respondedOn, precision: clock.respondedPrecision }),
      });
    case "awaiting":
      return clock.daysLeft === null
        ? t("awaitingNoDeadline")
        : t("awaiting", { days: Math.max(clock.daysLeft, 0) });
    default:
      return t(clock.state);
  }
}
