import { getLocale, getTranslations } from "next-intl/server";
import type { PublicResponse } from "@/db/queries/public-letters";
import { preciseDate, preciseDateTime } from "@/lib/domain/dates";
import { formatPreciseDate } from "@/lib/i18n/dates";
import { ResponseSource } from "./response-source";

/**
 * What the targets did in reply, each with its date and source (and, on a letter to
 * several, which target it came from); or that nothing is on record.
 */
export async function LetterResponses({
  responses,
  targets,
  sent,
}: {
  responses: PublicResponse[];
  /** The letter's targets: one for most letters. */
  targets: ReadonlyArray<{ targetId: string; name: string }>;
  /** Whether the letter has been sent: an unsent letter expects no response yet. */
  sent: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("letterPage.responses"), getLocale()]);
  const several = targets.length > 1;
  const names = new Map(targets.map((target) => [target.targetId, target.name]));
  const none = several
    ? t("noneOf", { count: targets.length })
    : t("none", { target: targets[0]?.name ?? "" });
  return (
    <section aria-labelledby="responses-heading" className="mt-12">
      <h2 id="responses-heading" className="text-2xl font-bold sm:text-3xl">
        {t("heading")}
      </h2>
      {responses.length === 0 ? (
        <p className="mt-3 text-ink-muted">{sent ? none : t("noneYet")}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {responses.map((response) => {
            const date = preciseDate(response.respondedOn, response.precision, response.respondedEnd);
            return (
              <li key={response.id} className="rounded-lg border border-line bg-surface p-5">
                {several && response.targetId && names.has(response.targetId) ? (
                  <p className="mb-1 font-semibold">{t("from", { target: names.get(response.targetId)! })}</p>
                ) : null}
                <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-ink-muted">
                  <span className="font-semibold text-ink">{t(`kind.${response.kind}`)}</span>
                  <time dateTime={preciseDateTime(date)}>{formatPreciseDate(date, locale)}</time>
                  <span>{t("stance", { stance: t(`stances.${response.stance}`) })}</span>
                </p>
                <p className="mt-2">{response.summary}</p>
                <ResponseSource url={response.sourceUrl} className="mt-2" />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
