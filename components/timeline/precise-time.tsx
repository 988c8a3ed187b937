import { useLocale } from "next-intl";
import { type PreciseDate, preciseDateTime } from "@/lib/domain/dates";
import { formatPreciseDate } from "@/lib/i18n/dates";

/** A date written no more precisely than it is known: "3 March 2020", "November 2019". */
export function PreciseTime({ date, className }: { date: PreciseDate; className?: string }) {
  const locale = useLocale();
  return (
    <time dateTime={preciseDateTime(date)} className={className}>
      {formatPreciseDate(date, locale)}
    </time>
  );
}
