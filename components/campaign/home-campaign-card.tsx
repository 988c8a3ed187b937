import { getTranslations } from "next-intl/server";
import { CampaignStatusBadge, SampleBadge } from "@/components/campaign/campaign-status-badge";
import { Fact } from "@/components/campaign/fact";
import { timelineEntryText } from "@/components/timeline/entry-text";
import { Icon } from "@/components/timeline/icon";
import { PreciseTime } from "@/components/timeline/precise-time";
import { Link } from "@/components/ui/link";
import type { HomeCampaign } from "@/db/queries/public-campaigns";
import { campaignPath, letterPath } from "@/lib/domain/urls";

/**
 * A campaign on the home page: whom it presses, where it stands, the latest news and
 * any letter the government has left unanswered. The whole card opens the campaign.
 */
export async function HomeCampaignCard({ campaign }: { campaign: HomeCampaign }) {
  const [t, tState, tTimeline] = await Promise.all([
    getTranslations("homeCards"),
    getTranslations("letterState"),
    getTranslations("timeline"),
  ]);
  const overdue = campaign.overdueLetters;
  return (
    <li>
      <article className="group relative rounded-lg border border-line bg-surface p-5 shadow-[0_1px_2px_rgba(27,31,39,0.05)] transition-colors focus-within:border-accent hover:border-accent sm:p-7">
        <div className="md:grid md:grid-cols-[minmax(0,1fr)_17rem] md:gap-10">
          <div>
            <div className="flex flex-wrap items-center gap-2">
              <CampaignStatusBadge status={campaign.status} />
              {campaign.isSample ? <SampleBadge /> : null}
            </div>
            <h3 className="mt-3 text-2xl font-bold sm:text-[1.75rem]">
              {/* The whole card is clickable through this link's ::after; its text stays the title. */}
              <Link
                href={campaignPath(campaign.slug)}
                className="text-ink no-underline after:absolute after:inset-0 after:rounded-lg group-hover:underline hover:text-ink"
              >
                {campaign.title}
              </Link>
            </h3>
            <p className="mt-2 text-sm font-semibold text-ink-muted">
              {t("target", { name: campaign.targetName })}
            </p>
            {campaign.summary ? <p className="mt-3 line-clamp-4 text-ink">{campaign.summary}</p> : null}
          </div>
          <dl className="mt-5 flex flex-col gap-4 border-t border-line pt-4 text-sm md:mt-0 md:border-t-0 md:border-l md:pt-0 md:pl-8">
            <Fact term={t("asksMet")}>
              <dd className="mt-1 font-serif text-2xl font-bold text-ink">
                {campaign.asks.total > 0
                  ? t("asksMetValue", { met: campaign.asks.met, total: campaign.asks.total })
                  : t("noAsks")}
              </dd>
            </Fact>
            <Fact term={t("latest")}>
              {campaign.latestEntry ? (
                <dd className="mt-1 text-ink">
                  <PreciseTime date={campaign.latestEntry.date} className="block font-semibold" />
                  <span className="line-clamp-3">
                    {timelineEntryText(tTimeline, campaign.latestEntry).title}
                  </span>
                </dd>
              ) : (
                <dd className="mt-1 text-ink-muted">{t("noEntries")}</dd>
              )}
            </Fact>
          </dl>
        </div>
        {overdue.length > 0 ? (
          <div className="mt-5 rounded-md border-l-4 border-danger bg-danger-soft px-4 py-3">
            <h4 className="flex items-center gap-2 font-sans text-sm font-bold text-danger">
              <Icon name="non_response" className="size-4" />
              {t("unanswered", { count: overdue.length })}
            </h4>
            <ul className="mt-2 flex flex-col gap-2 text-sm">
              {overdue.map((letter) => (
                <li key={letter.slug} className="flex flex-col sm:flex-row sm:flex-wrap sm:gap-x-2">
                  <strong className="text-danger">
                    {tState("overdue", {
                      days: letter.daysWithoutResponse,
                      approximate: letter.approximate ? "yes" : "no",
                    })}
                  </strong>
                  <span className="hidden text-ink-muted sm:inline" aria-hidden="true">
                    ·
                  </span>
                  {/* Above the card's link overlay, so the letter itself can be opened. */}
                  <Link
                    href={letterPath(campaign.slug, letter.slug)}
                    className="relative z-10 text-ink hover:text-accent-strong"
                  >
                    {letter.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </article>
    </li>
  );
}
