import { getLocale, getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { Fact } from "@/components/campaign/fact";
import { StatusStrip } from "@/components/campaign/status-strip";
import { timelineEntryText } from "@/components/timeline/entry-text";
import { PreciseTime } from "@/components/timeline/precise-time";
import { Link } from "@/components/ui/link";
import type { HomeCampaign } from "@/db/queries/public-campaigns";
import { campaignPath } from "@/lib/domain/urls";

/**
 * A campaign on the home page: its title, then where it stands (the status strip: its
 * state, the letters left unanswered, the next decision, the letters to sign), then whom it
 * presses, the summary and the latest news. The whole card opens the campaign.
 */
export async function HomeCampaignCard({ campaign }: { campaign: HomeCampaign }) {
  const [t, tTimeline, locale] = await Promise.all([
    getTranslations("homeCards"),
    getTranslations("timeline"),
    getLocale(),
  ]);
  return (
    <li>
      <article className="group relative rounded-lg border border-line bg-surface p-5 shadow-[0_1px_2px_rgba(27,31,39,0.05)] transition-colors focus-within:border-accent hover:border-accent sm:p-7">
        <div className="md:grid md:grid-cols-[minmax(0,1fr)_17rem] md:gap-10">
          <div>
            <h3 className="text-2xl font-bold sm:text-[1.75rem]">
              {/* The whole card is clickable through this link's ::after; its text stays the title. */}
              <Link
                href={campaignPath(campaign.slug)}
                className="text-ink no-underline after:absolute after:inset-0 after:rounded-lg group-hover:underline hover:text-ink"
              >
                {campaign.title}
              </Link>
            </h3>
            <StatusStrip campaignSlug={campaign.slug} strip={campaign.strip} className="mt-3">
              {campaign.isSample ? <SampleBadge /> : null}
            </StatusStrip>
            <p className="mt-4 text-sm font-semibold text-ink-muted">
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
                    {timelineEntryText(tTimeline, campaign.latestEntry, locale).title}
                  </span>
                </dd>
              ) : (
                <dd className="mt-1 text-ink-muted">{t("noEntries")}</dd>
              )}
            </Fact>
          </dl>
        </div>
      </article>
    </li>
  );
}
