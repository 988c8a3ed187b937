import { getLocale, getTranslations } from "next-intl/server";
import type { LetterSummary, LetterTargetSummary } from "@/db/queries/letter-summaries";
import { todayIn } from "@/lib/domain/deadlines";
import { formatDay, formatPreciseDate } from "@/lib/i18n/dates";

/** Where the letter stands for one target, in a sentence dated as of that target's today. */
async function targetStatusSentence(target: LetterTargetSummary, now: Date): Promise<string> {
  const [t, locale] = await Promise.all([getTranslations("printLetter.status"), getLocale()]);
  const day = (date: string) => formatDay(date, locale);
  const { clock } = target;
  const asOf = day(todayIn(target.timeZone, now));
  switch (clock.state) {
    case "answered":
      return t("answered", {
        date: formatPreciseDate(
          { date: clock.respondedOn, precision: clock.respondedPrecision, end: clock.respondedEnd },
          locale,
        ),
      });
    case "overdue":
      return t("overdue", {
        asOf,
        days: clock.daysWithoutResponse,
        approximate: clock.approximate ? "yes" : "no",
        deadline: day(clock.deadline),
      });
    case "awaiting":
      return clock.deadline === null
        ? t("awaitingNoDeadline", { asOf })
        : t("awaiting", { asOf, deadline: day(clock.deadline) });
    default:
      return t("collecting", { asOf });
  }
}

/**
 * What a printed copy must say besides the letter: where it stands (per target when it
 * went to several), as of the day it was printed, and the address of the letter's page.
 */
export async function PrintStatus({
  letter,
  permalink,
  now = new Date(),
}: {
  letter: LetterSummary;
  /** The letter page's absolute address. */
  permalink: string;
  now?: Date;
}) {
  const t = await getTranslations("printLetter.status");
  const several = letter.targets.length > 1;
  const lines = await Promise.all(
    letter.targets.map(async (target) => ({ target, sentence: await targetStatusSentence(target, now) })),
  );
  return (
    <section
      aria-labelledby="print-status-heading"
      className="mb-8 border-y border-ink py-3 font-sans text-sm print:text-[9.5pt]"
    >
      <h2 id="print-status-heading" className="font-sans text-xs font-bold tracking-wider uppercase">
        {t("heading")}
      </h2>
      {several ? (
        <ul className="mt-1">
          {lines.map(({ target, sentence }) => (
            <li key={target.targetId}>
              <span className="font-semibold">{target.name}:</span> {sentence}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">{lines[0]!.sentence}</p>
      )}
      <p className="mt-2 break-all">
        {t("permalink")} <a href={permalink}>{permalink}</a>
      </p>
    </section>
  );
}
