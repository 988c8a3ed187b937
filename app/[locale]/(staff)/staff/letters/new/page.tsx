import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateLetterForm } from "@/components/staff/letters/letter-form";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { run } from "@/db/queries/run";
import { listCampaignOptions, listTargetChoices } from "@/db/queries/staff-letters";
import { listSessionOptions } from "@/db/queries/un-staff";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { siteRetentionMonths } from "@/lib/domain/personal-data";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffLetters");
  return { title: t("new.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewLetterPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: SearchParams;
}) {
  await routeLocale(params);
  await requirePermission("letter.manage", "/staff/letters/new");
  const [t, campaigns, targets, sessions, query] = await Promise.all([
    getTranslations("staffLetters"),
    run(listCampaignOptions),
    run(listTargetChoices),
    run(listSessionOptions),
    searchParams,
  ]);
  const wanted = typeof query.campaign === "string" ? query.campaign : null;
  const campaignId = campaigns.some((c) => c.id === wanted) ? wanted : null;

  return (
    <StaffPage>
      <StaffPageHeader
        back={{
          href: campaignId ? `/staff/letters?campaign=${campaignId}` : "/staff/letters",
          label: t("new.back"),
        }}
        title={t("new.title")}
        intro={t("new.intro")}
      />
      {campaigns.length === 0 ? (
        <p className="mt-8">
          {t("new.noCampaigns")} <Link href="/staff/campaigns">{t("new.campaignsLink")}</Link>
        </p>
      ) : (
        <Card className="mt-8">
          <CreateLetterForm
            campaigns={campaigns}
            campaignId={campaignId}
            targets={targets}
            sessions={sessions}
            initial={{
              title: "",
              slug: "",
              addressee: "",
              bodyMarkdown: "",
              whoCanSign: "both",
              requiresApproval: false,
              signingOpensAt: "",
              signingClosesAt: "",
              deadlineRule: "none",
              deadlineDate: "",
              deadlineDays: "",
              retentionMonths: "",
              sourceUrl: "",
            }}
            retentionDefault={siteRetentionMonths()}
          />
        </Card>
      )}
    </StaffPage>
  );
}
