import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AsksSection } from "@/components/staff/campaigns/asks-section";
import { CampaignForm, type CampaignFormValues } from "@/components/staff/campaigns/campaign-form";
import { StaffCampaignBadges } from "@/components/staff/campaigns/campaign-status";
import { EventsSection, ResponsesSection } from "@/components/staff/campaigns/record-sections";
import { StaffPage, StaffRecordHeader, StaffSection } from "@/components/staff/staff-page";
import { recordLoader, type StaffRecordProps } from "@/components/staff/staff-record";
import { CampaignTranslationsLink } from "@/components/staff/translations/campaign-translations-link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { countFollowers } from "@/db/queries/following";
import { run } from "@/db/queries/run";
import {
  getStaffCampaign,
  listResolutionTextOptions,
  listTargetOptions,
  type StaffCampaignDetail,
} from "@/db/queries/staff-campaigns";
import { listOrganisationOptions } from "@/db/queries/staff-organisations";
import { listSessionOptions } from "@/db/queries/un-staff";
import { routeLocale } from "@/i18n/route-locale";
import { getCurrentUser, requirePermission } from "@/lib/auth/session";
import { preciseDate } from "@/lib/domain/dates";
import { can } from "@/lib/domain/permissions";
import { campaignPath } from "@/lib/domain/urls";
import { formatPreciseDate } from "@/lib/i18n/dates";

const load = recordLoader(getStaffCampaign);

export async function generateMetadata({ params }: StaffRecordProps): Promise<Metadata> {
  await routeLocale(params);
  const [t, user] = await Promise.all([getTranslations("staffCampaigns"), getCurrentUser()]);
  // A draft's title is not for everyone's eyes, not even in the tab title.
  if (!can(user, "campaign.manage")) return { title: t("title") };
  const campaign = await load((await params).id);
  return { title: campaign ? t("editTitle", { title: campaign.title }) : t("title") };
}

/** What the form shows of a saved campaign: only these fields are sent to the browser. */
function campaignFormValues(campaign: StaffCampaignDetail): CampaignFormValues {
  const { id, slug, title, summary, status, visibility, startedOn, leads, updatedAt } = campaign;
  const targetIds = campaign.targets.map((target) => target.id);
  return {
    id,
    slug,
    title,
    summary,
    status,
    visibility,
    startedOn,
    leads,
    updatedAt,
    targetIds,
    targetId: campaign.target.id,
  };
}

export default async function StaffCampaignPage({ params, searchParams }: StaffRecordProps) {
  await routeLocale(params);
  const { id } = await params;
  await requirePermission("campaign.manage", `/staff/campaigns/${id}`);
  const [t, campaign, targets, organisations, texts, sessions, { created }] = await Promise.all([
    getTranslations("staffCampaigns"),
    load(id),
    run(listTargetOptions),
    run(listOrganisationOptions),
    run(listResolutionTextOptions),
    run(listSessionOptions),
    searchParams,
  ]);
  if (!campaign) notFound();
  const [followers, following] = await Promise.all([
    run(countFollowers, { campaignId: campaign.id }),
    getTranslations("following.staff"),
  ]);
  const locale = await getLocale();
  const isPublic = campaign.status !== "draft" && campaign.visibility === "public";

  return (
    <StaffPage narrow>
      <StaffRecordHeader
        back={{ href: "/staff/campaigns", label: t("back") }}
        above={<StaffCampaignBadges status={campaign.status} visibility={campaign.visibility} />}
        title={campaign.title}
        subtitle={
          campaign.targets.length > 1
            ? t("detail.targets", { name: campaign.target.name, others: campaign.targets.length - 1 })
            : t("detail.target", { name: campaign.target.name })
        }
        created={created ? t("detail.created") : null}
      />

      <nav aria-label={t("detail.linksLabel")} className="mt-6 flex flex-wrap gap-3">
        {isPublic ? (
          <Link href={campaignPath(campaign.slug)} className={buttonClasses("secondary")}>
            {t("detail.viewPublic")}
          </Link>
        ) : (
          <p className="flex min-h-11 items-center rounded-md border border-dashed border-line-strong px-4 text-ink-muted">
            {campaign.status === "draft" ? t("detail.notPublicDraft") : t("detail.notPublicPrivate")}
          </p>
        )}
        <Link href={`/staff/letters?campaign=${campaign.id}`} className={buttonClasses("secondary")}>
          {t("detail.letters", { count: campaign.letters.length })}
        </Link>
        <CampaignTranslationsLink campaignId={campaign.id} />
      </nav>
      <p className="mt-4 text-ink-muted">
        {following("campaign", {
          total: followers.campaign.responses + followers.campaign.all,
          all: followers.campaign.all,
        })}
      </p>
      <nav aria-label={t("detail.jumpLabel")} className="mt-4 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {[
            { anchor: "details", label: t("detail.jumpDetails") },
            { anchor: "asks", label: t("ask.heading") },
            { anchor: "events", label: t("event.heading") },
            { anchor: "responses", label: t("response.heading") },
          ].map((jump) => (
            <li key={jump.anchor}>
              <a href={`#${jump.anchor}`}>{jump.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <StaffSection id="details-heading" heading={t("detail.details")} first anchor="details">
        <Card className="mt-4">
          <CampaignForm
            campaign={campaignFormValues(campaign)}
            targets={targets}
            organisations={organisations}
          />
        </Card>
      </StaffSection>

      {campaign.letters.length > 0 ? (
        <StaffSection id="letters-heading" heading={t("detail.lettersHeading")}>
          <ul className="mt-4 flex flex-col gap-2">
            {campaign.letters.map((letter) => (
              <li key={letter.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <Link href={`/staff/letters/${letter.id}`} className="font-semibold break-words">
                  {letter.title}
                </Link>
                <span className="text-sm text-ink-muted">
                  {t(`detail.letterStatus.${letter.status}`)}
                  {letter.sentOn
                    ? ` · ${formatPreciseDate(preciseDate(letter.sentOn, letter.sentPrecision, letter.sentEnd), locale)}`
                    : null}
                </span>
              </li>
            ))}
          </ul>
        </StaffSection>
      ) : null}

      <AsksSection campaign={campaign} choices={{ texts, sessions }} />
      <EventsSection campaign={campaign} />
      <ResponsesSection campaign={campaign} />
    </StaffPage>
  );
}
