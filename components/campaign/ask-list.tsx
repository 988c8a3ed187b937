import { getTranslations } from "next-intl/server";
import { AskDecision } from "@/components/campaign/ask-decision";
import { AskOutcomeBadge } from "@/components/campaign/ask-outcome";
import { AskStateOutcomes } from "@/components/campaign/ask-state-outcomes";
import { PreciseTime } from "@/components/timeline/precise-time";
import { SourceLink } from "@/components/timeline/source-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import type { CampaignAsk } from "@/db/queries/public-campaigns";

const term = "text-xs font-bold tracking-wider text-ink-muted uppercase";

/**
 * The campaign's asks, numbered, each with venue, decision date at its precision (or the
 * session it is decided at), outcome and source; an ask linked to a resolution text shows
 * its outcome per targeted state, derived from the positions recorded.
 */
export async function AskList({
  asks,
  sourceLabels,
}: {
  asks: readonly CampaignAsk[];
  sourceLabels: Record<string, string>;
}) {
  const t = await getTranslations("campaignPage.asks");
  const tTimeline = await getTranslations("timeline");
  return (
    <Section id="asks-heading" heading={t("heading")} intro={t("intro")}>
      {asks.length === 0 ? (
        <EmptyState className="mt-6">{t("empty")}</EmptyState>
      ) : (
        <ol className="mt-6 flex flex-col gap-5">
          {asks.map((ask, index) => {
            const struck = ask.retracted ? "line-through decoration-1" : "";
            return (
              <li
                key={ask.id}
                className={`rounded-lg border border-line bg-surface p-5 sm:p-6 ${ask.retracted ? "opacity-90" : ""}`.trim()}
              >
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
                  <h3 className={`text-xl font-bold ${struck}`.trim()}>
                    <span className="mr-2 font-sans text-base font-semibold text-ink-muted tabular-nums">
                      {index + 1}.
                    </span>
                    {ask.title}
                  </h3>
                  <div className="shrink-0">
                    <AskOutcomeBadge outcome={ask.outcome} />
                  </div>
                </div>
                {ask.description ? (
                  <p className={`mt-3 max-w-3xl text-ink ${struck}`.trim()}>{ask.description}</p>
                ) : null}
                <dl className="mt-4 grid gap-4 border-t border-line pt-4 text-sm sm:grid-cols-3">
                  <div>
                    <dt className={term}>{t("venue")}</dt>
                    <dd className="mt-1 text-ink">{ask.venue ?? t("noVenue")}</dd>
                  </div>
                  <div>
                    <dt className={term}>{t("decision")}</dt>
                    <dd className="mt-1 text-ink">
                      {ask.decision ? (
                        <AskDecision
                          decision={ask.decision}
                          session={ask.session}
                          className="font-semibold"
                        />
                      ) : (
                        t("noDecision")
                      )}
                    </dd>
                    {ask.upcoming && ask.countdownDays !== null ? (
                      <dd className="mt-1 font-semibold text-accent-strong">
                        {t("upcoming", { countdown: tTimeline("countdown", { days: ask.countdownDays }) })}
                      </dd>
                    ) : null}
                  </div>
                  {ask.outcomeOn ? (
                    <div>
                      <dt className={term}>{t("outcomeOn")}</dt>
                      <dd className="mt-1 text-ink">
                        <PreciseTime date={{ date: ask.outcomeOn, precision: "day" }} />
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {ask.derived ? <AskStateOutcomes derived={ask.derived} id={`ask-${ask.id}`} /> : null}
                {ask.outcomeNote ? (
                  <p className="mt-3 text-sm text-ink">
                    <span className="font-semibold">{t("note")}</span> {ask.outcomeNote}
                  </p>
                ) : null}
                {ask.outcomeSourceUrl ? (
                  <p className="mt-3 text-sm">
                    <SourceLink url={ask.outcomeSourceUrl} label={sourceLabels[ask.outcomeSourceUrl]} />
                  </p>
                ) : null}
                {ask.retracted ? (
                  <p className="mt-3 text-sm font-semibold text-ink">
                    {t("retracted", { reason: ask.retracted.reason })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
