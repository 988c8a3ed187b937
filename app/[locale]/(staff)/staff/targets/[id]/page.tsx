import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StaffPage, StaffRecordHeader, StaffSection } from "@/components/staff/staff-page";
import { recordLoader, type StaffRecordProps } from "@/components/staff/staff-record";
import { HolidaysForm, TargetForm } from "@/components/staff/targets/target-forms";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { run } from "@/db/queries/run";
import { getStaffTarget } from "@/db/queries/staff-campaigns";
import { loadStates } from "@/db/queries/states";
import { routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";

const load = recordLoader(getStaffTarget);

export async function generateMetadata({ params }: StaffRecordProps): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffTargets");
  const target = await load((await params).id);
  return { title: target ? t("editTitle", { name: target.name }) : t("title") };
}

export default async function StaffTargetPage({ params, searchParams }: StaffRecordProps) {
  await routeLocale(params);
  const { id } = await params;
  await requirePermission("target.manage", `/staff/targets/${id}`);
  const [t, tStatus, target, states, { created }] = await Promise.all([
    getTranslations("staffTargets"),
    getTranslations("campaign.status"),
    load(id),
    run(loadStates),
    searchParams,
  ]);
  if (!target) notFound();

  return (
    <StaffPage narrow>
      <StaffRecordHeader
        back={{ href: "/staff/targets", label: t("back") }}
        title={target.name}
        subtitle={t("slugLine", { slug: target.slug })}
        created={created ? t("created") : null}
      />

      <StaffSection id="target-details" heading={t("details")} first>
        <Card className="mt-4">
          <TargetForm
            target={target}
            timeZones={Intl.supportedValuesOf("timeZone")}
            states={states.map(({ iso3, name }) => ({ iso3, name }))}
          />
        </Card>
      </StaffSection>

      <StaffSection id="target-holidays" heading={t("holidays.heading")} intro={t("holidays.intro")}>
        <Card className="mt-4">
          <HolidaysForm target={target} />
        </Card>
      </StaffSection>

      <StaffSection id="target-campaigns" heading={t("campaigns")}>
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
      </StaffSection>
    </StaffPage>
  );
}
