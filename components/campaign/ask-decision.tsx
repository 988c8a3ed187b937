import { getLocale, getTranslations } from "next-intl/server";
import { PreciseTime } from "@/components/timeline/precise-time";
import type { AskSession } from "@/db/queries/ask-outcomes";
import type { PreciseDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locales";

/**
 * A session's dates as one range, without repeating what both ends share, as the reader's
 * language writes one: "24 February – 20 March 2020", "2020년 2월 24일~3월 20일".
 */
function formatSessionDates(session: Pick<AskSession, "startsOn" | "endsOn">, locale: Locale): string {
  const sessionDates = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    // UTC on both sides: the dates are calendar dates, and no reader's zone may shift them.
    timeZone: "UTC",
  });
  return sessionDates.formatRange(
    new Date(`${session.startsOn}T00:00:00Z`),
    new Date(`${session.endsOn}T00:00:00Z`),
  );
}

/**
 * When an ask is decided: at a session, named with its dates ("at HRC43, 24 February –
 * 20 March 2020"), or on its date at the precision known.
 */
export async function AskDecision({
  decision,
  session,
  className,
}: {
  decision: PreciseDate;
  session: Pick<AskSession, "label" | "startsOn" | "endsOn"> | null;
  className?: string;
}) {
  if (!session) return <PreciseTime date={decision} className={className} />;
  const [t, locale] = await Promise.all([getTranslations("campaignPage.asks"), getLocale()]);
  return (
    <span className={className}>
      {t("atSession", { session: session.label, dates: formatSessionDates(session, locale) })}
    </span>
  );
}
