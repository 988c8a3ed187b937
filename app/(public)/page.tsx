import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { getDb } from "@/db";
import { listPublicCampaigns, type PublicCampaignCard } from "@/db/queries/campaigns";
import type { CampaignStatus } from "@/db/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { absolute: t("defaultTitle") } };
}

const STATUS_TONE: Record<CampaignStatus, StatusTone> = {
  draft: "neutral",
  active: "info",
  paused: "warning",
  won: "success",
  lost: "danger",
  closed: "neutral",
};

export default async function HomePage() {
  // Read the database at request time only, never while building.
  await connection();
  const [t, campaigns] = await Promise.all([getTranslations("home"), listPublicCampaigns(getDb())]);

  return (
    <>
      <section aria-labelledby="hero-heading" className="border-b border-line bg-surface">
        <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6 sm:py-20">
          <p className="text-sm font-semibold tracking-widest text-accent uppercase">{t("eyebrow")}</p>
          <h1 id="hero-heading" className="mt-3 max-w-3xl text-4xl font-bold text-ink sm:text-5xl">
            {t("heading")}
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-ink-muted sm:text-xl">{t("lead")}</p>
          <ul className="mt-8 grid gap-3 text-base text-ink sm:grid-cols-3 sm:gap-6">
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
        className="mx-auto max-w-5xl scroll-mt-4 px-4 py-12 sm:px-6"
      >
        <h2 id="campaigns-heading" className="text-3xl font-bold">
          {t("campaignsHeading")}
        </h2>
        <p className="mt-2 text-ink-muted">{t("campaignsIntro")}</p>
        {campaigns.length === 0 ? (
          <p className="mt-8 rounded-lg border border-dashed border-line-strong p-6 text-ink-muted">
            {t("empty")}
          </p>
        ) : (
          <ul className="mt-8 grid gap-6 md:grid-cols-2">
            {campaigns.map((campaign) => (
              <CampaignCard key={campaign.slug} campaign={campaign} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

async function CampaignCard({ campaign }: { campaign: PublicCampaignCard }) {
  const t = await getTranslations();
  return (
    <li className="group relative flex flex-col gap-4 rounded-lg border border-line bg-surface p-5 shadow-[0_1px_2px_rgba(27,31,39,0.05)] transition-colors focus-within:border-accent hover:border-accent sm:p-6">
      <div className="flex flex-wrap items-center gap-2">
        <span className="sr-only">{t("home.status")}</span>
        <StatusBadge tone={STATUS_TONE[campaign.status]}>
          {t(`campaign.status.${campaign.status}`)}
        </StatusBadge>
        {campaign.isSample ? <StatusBadge tone="warning">{t("home.sample")}</StatusBadge> : null}
      </div>
      <h3 className="text-2xl font-bold">
        {/* The whole card is clickable through this link's ::after; the link text stays the title. */}
        <Link
          href={`/campaigns/${campaign.slug}`}
          className="text-ink no-underline after:absolute after:inset-0 after:rounded-lg group-hover:underline hover:text-ink"
        >
          {campaign.title}
        </Link>
      </h3>
      <p className="text-sm font-semibold text-ink-muted">
        {t("home.target", { name: campaign.targetName })}
      </p>
      {campaign.summary ? <p className="line-clamp-4 text-ink">{campaign.summary}</p> : null}
      <p className="mt-auto flex flex-wrap gap-x-4 gap-y-1 border-t border-line pt-3 text-sm text-ink-muted">
        <span>{t("home.asks", { count: campaign.askCount })}</span>
        <span aria-hidden="true">·</span>
        <span>{t("home.letters", { count: campaign.letterCount })}</span>
      </p>
    </li>
  );
}
