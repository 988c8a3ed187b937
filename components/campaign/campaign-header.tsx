import { getTranslations } from "next-intl/server";
import { SampleBadge, SampleNotice } from "@/components/campaign/campaign-status-badge";
import { DayFact, Fact } from "@/components/campaign/fact";
import { StatusStrip } from "@/components/campaign/status-strip";
import { BandBackLink, PageBand } from "@/components/layout/page-band";
import { Link } from "@/components/ui/link";
import type { CampaignPage } from "@/db/queries/public-campaigns";
import { organisationPath, statePath } from "@/lib/domain/urls";

/** What the campaign is, where it stands, whom it presses and who stands behind it. */
export async function CampaignHeader({
  campaign,
  target,
  targets,
  leads,
  strip,
}: Pick<CampaignPage, "campaign" | "target" | "targets" | "leads" | "strip">) {
  const t = await getTranslations("campaignPage");
  return (
    <PageBand as="div" className="sm:pb-14">
      <BandBackLink label={t("breadcrumb")} href="/#campaigns">
        {t("allCampaigns")}
      </BandBackLink>
      <h1 className="mt-4 max-w-4xl text-3xl font-bold text-ink sm:text-5xl">{campaign.title}</h1>
      {/* Where it stands, before the summary: on a phone, within the first screen. */}
      <StatusStrip campaignSlug={campaign.slug} strip={strip} className="mt-5 max-w-3xl">
        {campaign.isSample ? <SampleBadge /> : null}
      </StatusStrip>
      {campaign.summary ? (
        <p className="mt-5 max-w-3xl text-lg text-ink-muted sm:text-xl">{campaign.summary}</p>
      ) : null}
      {campaign.isSample ? <SampleNotice className="mt-6">{t("sampleNotice")}</SampleNotice> : null}
      <dl className="mt-8 grid gap-x-10 gap-y-5 border-t border-line pt-6 sm:grid-cols-[auto_1fr]">
        {targets.length > 1 ? (
          // A whole row: a list of many states would stretch the first column.
          <Fact term={t("targets", { count: targets.length })} className="sm:col-span-2">
            <dd className="mt-1">
              {/* A government linked to its state links to the state's page: its positions and answers. */}
              <ul className="flex flex-wrap gap-x-5 gap-y-1">
                {targets.map((pressed) => (
                  <li key={pressed.slug} className="font-semibold text-ink">
                    {pressed.stateIso3 ? (
                      <Link href={statePath(pressed.stateIso3)}>{pressed.name}</Link>
                    ) : (
                      pressed.name
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </Fact>
        ) : (
          <Fact term={t("target")}>
            <dd className="mt-1 font-semibold text-ink">{target.name}</dd>
            {target.stateIso3 ? (
              <dd className="text-sm">
                <Link href={statePath(target.stateIso3)}>{t("targetState")}</Link>
              </dd>
            ) : null}
          </Fact>
        )}
        {leads.length > 0 ? (
          <Fact term={t("ledBy")}>
            <dd className="mt-1">
              <ul className="flex flex-wrap gap-x-5 gap-y-1">
                {leads.map((lead) => (
                  <li key={lead.slug}>
                    <Link href={organisationPath(lead.slug)} className="font-semibold">
                      {lead.name}
                      {lead.shortName && lead.shortName !== lead.name ? ` (${lead.shortName})` : null}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </Fact>
        ) : null}
        <DayFact term={t("startedOn")} day={campaign.startedOn} />
      </dl>
    </PageBand>
  );
}
