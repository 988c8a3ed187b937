import { getLocale, getTranslations } from "next-intl/server";
import type { LetterSummary } from "@/db/queries/letter-summaries";
import { preciseDateTime } from "@/lib/domain/dates";
import { formatDay, formatPreciseDate } from "@/lib/i18n/dates";
import { sourceLink } from "./source-link";

/** The sending date (no more precise than known), the response deadline (or the range of the targets' own) and the source. */
export async function LetterFacts({ letter }: { letter: LetterSummary }) {
  const [t, locale] = await Promise.all([getTranslations("letterPage.facts"), getLocale()]);
  const source = sourceLink(letter.sourceUrl);
  // Targets in different time zones or with different holidays can have different last days.
  const deadlines = [
    ...new Set(letter.targets.flatMap((target) => (target.deadline ? [target.deadline] : []))),
  ].sort();
  const row = "grid gap-0.5 border-t border-line py-3 sm:grid-cols-[11rem_1fr] sm:gap-4";
  const term = "text-sm font-semibold text-ink-muted sm:text-base";
  return (
    <section aria-label={t("label")}>
      <dl className="border-b border-line">
        <div className={row}>
          <dt className={term}>{t("sent")}</dt>
          <dd>
            {letter.sent ? (
              <time dateTime={preciseDateTime(letter.sent)}>{formatPreciseDate(letter.sent, locale)}</time>
            ) : (
              t("notSent")
            )}
          </dd>
        </div>
        <div className={row}>
          <dt className={term}>{t("deadline")}</dt>
          <dd>
            {deadlines.length > 1 ? (
              t("deadlinePerTarget", {
                first: formatDay(deadlines[0]!, locale),
                last: formatDay(deadlines.at(-1)!, locale),
              })
            ) : letter.deadline ? (
              <time dateTime={letter.deadline}>{formatDay(letter.deadline, locale)}</time>
            ) : letter.sent ? (
              t("noDeadline")
            ) : (
              t("deadlineAfterSending")
            )}
          </dd>
        </div>
        {source ? (
          <div className={row}>
            <dt className={term}>{t("source")}</dt>
            <dd className="break-words">
              <a href={source.href} rel="nofollow noopener">
                {t("sourceLink")}
              </a>{" "}
              <span className="text-sm text-ink-muted">({source.host})</span>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
