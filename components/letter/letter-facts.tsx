import { getTranslations } from "next-intl/server";
import type { LetterSummary } from "@/db/queries/letter-summaries";
import { formatPreciseDate, preciseDateTime } from "@/lib/domain/dates";
import { sourceLink } from "./source-link";

/** The sending date (no more precise than known), the response deadline (or the range of the targets' own) and the source. */
export async function LetterFacts({ letter }: { letter: LetterSummary }) {
  const t = await getTranslations("letterPage.facts");
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
              <time dateTime={preciseDateTime(letter.sent)}>{formatPreciseDate(letter.sent)}</time>
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
                first: formatPreciseDate({ date: deadlines[0]!, precision: "day" }),
                last: formatPreciseDate({ date: deadlines.at(-1)!, precision: "day" }),
              })
            ) : letter.deadline ? (
              <time dateTime={letter.deadline}>
                {formatPreciseDate({ date: letter.deadline, precision: "day" })}
              </time>
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
