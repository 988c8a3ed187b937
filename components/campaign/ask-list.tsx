import { getTranslations } from "next-intl/server";
import { AskDecision } from "@/components/campaign/ask-decision";
import { AskOutcomeBadge } from "@/components/campaign/ask-outcome";
import { AskStateOutcomes } from "@/components/campaign/ask-state-outcomes";
import { CardListSection } from "@/components/campaign/card-list-section";
import { DayFact, Fact } from "@/components/campaign/fact";
import { SourceLine } from "@/components/timeline/source-link";
import type { CampaignAsk } from "@/db/queries/public-campaigns";
import type { TargetWording } from "@/lib/domain/campaigns";

/**
 * The campaign's asks, numbered, each with venue, decision date at its precision (or the
 * session it is decided at), outcome and source; an ask linked to a resolution text shows
 * its outcome per targeted state, derived from the positions recorded.
 */
export function AskList({
  asks,
  who,
  sourceLabels,
}: {
  asks: readonly CampaignAsk[];
  who: TargetWording;
  sourceLabels: Record<string, string>;
}) {
  return (
    <CardListSection
      id="asks-heading"
      namespace="campaignPage.asks"
      who={who}
      isEmpty={asks.length === 0}
      ordered
    >
      {asks.map((ask, index) => (
        <AskCard key={ask.id} ask={ask} number={index + 1} sourceLabels={sourceLabels} />
      ))}
    </CardListSection>
  );
}

async function AskCard({
  ask,
  number,
  sourceLabels,
}: {
  ask: CampaignAsk;
  number: number;
  sourceLabels: Record<string, string>;
}) {
  const [t, tTimeline] = await Promise.all([
    getTranslations("campaignPage.asks"),
    getTranslations("timeline"),
  ]);
  const struck = ask.retracted ? "line-through decoration-1" : "";
  return (
    <li
      className={`rounded-lg border border-line bg-surface p-5 sm:p-6 ${ask.retracted ? "opacity-90" : ""}`.trim()}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
        <h3 className={`text-xl font-bold ${struck}`.trim()}>
          <span className="mr-2 font-sans text-base font-semibold text-ink-muted tabular-nums">
            {number}.
          </span>
          {/* A space, not only a margin: screen readers say "1. Co-sponsor", not "1.Co-sponsor". */}{" "}
          {ask.title}
        </h3>
        <div className="shrink-0">
          <AskOutcomeBadge outcome={ask.status} />
        </div>
      </div>
      {ask.description ? (
        <p className={`mt-3 max-w-3xl text-ink ${struck}`.trim()}>{ask.description}</p>
      ) : null}
      <dl className="mt-4 grid gap-4 border-t border-line pt-4 text-sm sm:grid-cols-3">
        <Fact term={t("venue")} value={ask.venue ?? t("noVenue")} />
        <Fact
          term={t("decision")}
          value={
            ask.decision ? (
              <AskDecision decision={ask.decision} session={ask.session} className="font-semibold" />
            ) : (
              t("noDecision")
            )
          }
        >
          {ask.upcoming && ask.countdownDays !== null ? (
            <dd className="mt-1 font-semibold text-accent-strong">
              {t("upcoming", { countdown: tTimeline("countdown", { days: ask.countdownDays }) })}
            </dd>
          ) : null}
        </Fact>
        <DayFact term={t("outcomeOn")} day={ask.outcomeOn} />
      </dl>
      {ask.derived ? <AskStateOutcomes derived={ask.derived} id={`ask-${ask.id}`} /> : null}
      {ask.outcomeNote ? (
        <p className="mt-3 text-sm text-ink">
          <span className="font-semibold">{t("note")}</span> {ask.outcomeNote}
        </p>
      ) : null}
      {ask.outcomeSourceUrl ? (
        <SourceLine url={ask.outcomeSourceUrl} label={sourceLabels[ask.outcomeSourceUrl]} className="mt-3" />
      ) : null}
      {ask.retracted ? (
        <p className="mt-3 text-sm font-semibold text-ink">
          {t("retracted", { reason: ask.retracted.reason })}
        </p>
      ) : null}
    </li>
  );
}
