import { getLocale, getTranslations } from "next-intl/server";
import type { LetterClock } from "@/lib/domain/deadlines";
import type { TargetCounts } from "@/lib/domain/letter-targets";
import type { Locale } from "@/lib/domain/locales";
import { formatPreciseDate } from "@/lib/i18n/dates";

export type LetterStateTranslator = Awaited<ReturnType<typeof getTranslations<"letterState">>>;

/**
 * The letter's state as plain text, as the LetterState badge words it (and descriptions
 * repeat it). With `targets` of a letter to several, it says how many have not answered:
 * "2 of 3 have not answered · no response for 40 days".
 */
export async function letterStateText(
  clock: LetterClock,
  targets?: TargetCounts,
  /** The language, when not the request's: a feed's or a badge's, from its address. */
  locale?: Locale,
): Promise<string> {
  const language = locale ?? (await getLocale());
  const t = await getTranslations({ locale: language, namespace: "letterState" });
  return letterStateWords(t, language, clock, targets);
}

/**
 * The words of letterStateText from a translator and its language, so tests need no request. Days counted
 * from a sending known only to the month or year are "about" so many.
 */
export function letterStateWords(
  t: LetterStateTranslator,
  locale: Locale,
  clock: LetterClock,
  targets?: TargetCounts,
): string {
  const several = targets !== undefined && targets.total > 1;
  const counts = several ? { unanswered: targets.unanswered, total: targets.total } : null;
  switch (clock.state) {
    case "overdue": {
      const silence = { days: clock.daysWithoutResponse, approximate: clock.approximate ? "yes" : "no" };
      return counts ? t("overdueOf", { ...counts, ...silence }) : t("overdue", silence);
    }
    case "answered": {
      const date = formatPreciseDate(
        { date: clock.respondedOn, precision: clock.respondedPrecision, end: clock.respondedEnd },
        locale,
      );
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
