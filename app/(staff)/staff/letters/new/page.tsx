import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateLetterForm } from "@/components/staff/letters/letter-form";
import { BackLink, StaffPage } from "@/components/staff/staff-page";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { listCampaignOptions } from "@/db/queries/staff-letters";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffLetters");
  return { title: t("new.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewLetterPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission("letter.manage", "/staff/letters/new");
  const [t, campaigns, query] = await Promise.all([
    getTranslations("staffLetters"),
    listCampaignOptions(getDb()),
    searchParams,
  ]);
  const wanted = typeof query.campaign === "string" ? query.campaign : null;
  const campaignId = campaigns.some((c) => c.id === wanted) ? wanted : null;

  return (
    <StaffPage>
      <BackLink href={campaignId ? `/staff/letters?campaign=${campaignId}` : "/staff/letters"}>
        {t("new.back")}
      </BackLink>
      <h1 className="mt-4 text-4xl font-bold">{t("new.title")}</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-muted">{t("new.intro")}</p>
      {campaigns.length === 0 ? (
        <p className="mt-8">
          {t("new.noCampaigns")} <Link href="/staff/campaigns">{t("new.campaignsLink")}</Link>
        </p>
      ) : (
        <Card className="mt-8">
          <CreateLetterForm
            campaigns={campaigns}
            campaignId={campaignId}
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
              sourceUrl: "",
            }}
          />
        </Card>
      )}
    </StaffPage>
  );
}
