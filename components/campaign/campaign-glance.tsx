import { getTranslations } from "next-intl/server";
import { AskDecision } from "@/components/campaign/ask-decision";
import { Fact } from "@/components/campaign/fact";
import { Icon } from "@/components/timeline/icon";
import { Section } from "@/components/ui/section";
import type { CampaignPage } from "@/db/queries/public-campaigns";

const card = "rounded-lg border border-line bg-surface p-5";
const figure = "mt-2 font-serif text-3xl font-bold text-ink";

/**
 * The ten-second answer: how many asks were met (a linked ask's outcome derived from its
 * states'), and how long the government has been silent.
 */
export async function CampaignGlance({ page }: { page: CampaignPage }) {
  const t = await getTranslations("campaignPage.glance");
  const tTimeline = await getTranslations("timeline");
  const liveAsks = page.asks.filter((ask) => !ask.retracted);
  const met = liveAsks.filter((ask) => ask.outcome === "met").length;
  const sent = page.letters.filter((letter) => letter.sent !== null);
  const silences = page.letters.flatMap((letter) => (letter.clock.state === "overdue" ? [letter.clock] : []));
  const longest =
    silences.length > 0
      ? silences.reduce((a, b) => (b.daysWithoutResponse > a.daysWithoutResponse ? b : a))
      : null;
  // Worked out once, for the status strip: the soonest decision still ahead.
  const next = page.strip.nextDecision;

  return (
    <Section id="glance-heading" heading={t("heading")}>
      <dl className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Fact term={t("asksMet")} className={card}>
          <dd className={figure}>
            {liveAsks.length > 0 ? t("asksMetValue", { met, total: liveAsks.length }) : t("noAsks")}
          </dd>
        </Fact>
        <Fact term={t("lettersSent")} className={card}>
          <dd className={figure}>{t("lettersSentValue", { count: sent.length })}</dd>
        </Fact>
        <Fact
          term={t("withoutResponse")}
          className={`rounded-lg border p-5 ${longest !== null ? "border-danger/40 border-l-4 border-l-danger bg-danger-soft" : "border-line bg-surface"}`}
        >
          <dd className={`${figure} ${longest !== null ? "text-danger" : ""}`}>
            <span className="inline-flex items-center gap-2">
              {longest !== null ? <Icon name="non_response" className="size-6" /> : null}
              {t("withoutResponseValue", { count: silences.length })}
            </span>
          </dd>
          {longest !== null ? (
            <dd className="mt-1 text-sm font-semibold text-danger">
              {t("longestSilence", {
                days: longest.daysWithoutResponse,
                approximate: longest.approximate ? "yes" : "no",
              })}
            </dd>
          ) : sent.length > 0 ? (
            <dd className="mt-1 text-sm text-ink-muted">{t("allAnswered")}</dd>
          ) : null}
        </Fact>
        <Fact term={t("nextDecision")} className={card}>
          {next ? (
            <>
              <dd className="mt-2 font-serif text-xl font-bold text-ink">
                <AskDecision decision={next.decision} session={next.session} />
              </dd>
              <dd className="mt-1 text-sm text-ink-muted">
                {next.countdownDays !== null
                  ? `${tTimeline("countdown", { days: next.countdownDays })} · `
                  : null}
                {next.title}
              </dd>
            </>
          ) : (
            <dd className="mt-2 font-serif text-xl font-bold text-ink-muted">{t("noDecision")}</dd>
          )}
        </Fact>
      </dl>
    </Section>
  );
}
