import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { HomeCampaignCard } from "@/components/campaign/home-campaign-card";
import { Eyebrow } from "@/components/layout/page-band";
import { ContentLanguageNote } from "@/components/translations/content-languages";
import { EmptyState } from "@/components/ui/empty-state";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { getHomeCampaigns } from "@/db/queries/public-campaigns";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { isBuildPhase } from "@/lib/server/build-phase";

// Cached like every public page: rendered on first request, expired by the writes that
// change it, and refreshed at least every 10 minutes so day counts roll over.
export const revalidate = 600;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("meta");
  const shared = await sharedPageMetadata({
    title: t("defaultTitle"),
    description: t("description"),
    canonical: "/",
  });
  return { ...shared, title: { absolute: t("defaultTitle") } };
}

export default async function HomePage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  if (isBuildPhase()) return null;
  const [t, campaigns] = await Promise.all([
    getTranslations("home"),
    getLocale().then((locale) => getHomeCampaigns(locale)),
  ]);

  return (
    <>
      <section aria-labelledby="hero-heading" className="border-b border-line bg-surface">
        {/* Short on a phone, so the first campaign's status is on the first screen. */}
        <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
          <Eyebrow>{t("eyebrow")}</Eyebrow>
          <h1 id="hero-heading" className="mt-2 max-w-3xl text-3xl font-bold text-ink sm:mt-3 sm:text-5xl">
            {t("heading")}
          </h1>
          <p className="mt-3 max-w-2xl text-base text-ink-muted sm:mt-5 sm:text-xl">{t("lead")}</p>
          <ul className="mt-8 hidden gap-3 text-base text-ink sm:grid sm:grid-cols-3 sm:gap-6">
            {(["asks", "letters", "responses"] as const).map((key) => (
              <li key={key} className="flex gap-3 border-t-2 border-accent pt-3">
                {t(`points.${key}`)}
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section
        id="campaigns"
        aria-labelledby="campaigns-heading"
        className="mx-auto max-w-5xl scroll-mt-4 px-4 py-6 sm:px-6 sm:py-12"
      >
        <h2 id="campaigns-heading" className="text-2xl font-bold sm:text-3xl">
          {t("campaignsHeading")}
        </h2>
        <p className="mt-1 text-ink-muted sm:mt-2">{t("campaignsIntro")}</p>
        <ContentLanguageNote notice={campaigns.find((c) => c.contentNotice)?.contentNotice ?? null} />
        {campaigns.length === 0 ? (
          <EmptyState className="mt-8">{t("empty")}</EmptyState>
        ) : (
          <ul className="mt-4 flex flex-col gap-6 sm:mt-8">
            {campaigns.map((campaign) => (
              <HomeCampaignCard key={campaign.slug} campaign={campaign} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
