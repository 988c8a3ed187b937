import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink, StaffPage } from "@/components/staff/staff-page";
import { HolidaysForm, TargetForm } from "@/components/staff/targets/target-forms";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { run } from "@/db/queries/run";
import { getStaffTarget } from "@/db/queries/staff-campaigns";
import { requirePermission } from "@/lib/auth/session";
import { isUuid } from "@/lib/domain/ids";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

async function load(id: string) {
  return isUuid(id) ? run(getStaffTarget, { id }) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("staffTargets");
  const target = await load((await params).id);
  return { title: target ? t("editTitle", { name: target.name }) : t("title") };
}

export default async function StaffTargetPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("target.manage", `/staff/targets/${id}`);
  const [t, tStatus, target, { created }] = await Promise.all([
    getTranslations("staffTargets"),
    getTranslations("campaign.status"),
    load(id),
    searchParams,
  ]);
  if (!target) notFound();

  return (
    <StaffPage narrow>
      <BackLink href="/staff/targets">{t("back")}</BackLink>
      <h1 className="mt-4 text-3xl font-bold sm:text-4xl">{target.name}</h1>
      <p className="mt-2 text-ink-muted">{t("slugLine", { slug: target.slug })}</p>
      {created ? (
        <Alert tone="success" className="mt-6">
          {t("created")}
        </Alert>
      ) : null}

      <section aria-labelledby="target-details" className="mt-10">
        <h2 id="target-details" className="text-2xl font-bold">
          {t("details")}
        </h2>
        <Card className="mt-4">
          <TargetForm target={target} timeZones={Intl.supportedValuesOf("timeZone")} />
        </Card>
      </section>

      <section aria-labelledby="target-holidays" className="mt-12">
        <h2 id="target-holidays" className="text-2xl font-bold">
          {t("holidays.heading")}
        </h2>
        <p className="mt-2 text-ink-muted">{t("holidays.intro")}</p>
        <Card className="mt-4">
          <HolidaysForm target={target} />
        </Card>
      </section>

      <section aria-labelledby="target-campaigns" className="mt-12">
        <h2 id="target-campaigns" className="text-2xl font-bold">
          {t("campaigns")}
        </h2>
        {target.campaigns.length === 0 ? (
          <p className="mt-3 text-ink-muted">{t("noCampaigns")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">
            {target.campaigns.map((c) => (
              <li key={c.id}>
                <Link href={`/staff/campaigns/${c.id}`}>{c.title}</Link>{" "}
                <span className="text-sm text-ink-muted">({tStatus(c.status)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </StaffPage>
  );
}
