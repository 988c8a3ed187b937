import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MembershipHistory } from "@/components/staff/organisations/membership-history";
import { AddMemberForm, OrganisationForm } from "@/components/staff/organisations/organisation-forms";
import { StaffPage, StaffRecordHeader, StaffSection } from "@/components/staff/staff-page";
import { recordLoader, type StaffRecordProps } from "@/components/staff/staff-record";
import { OrganisationPeopleSection } from "@/components/staff/users/member-sections";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { listOrganisationPeople } from "@/db/queries/organisation-members";
import { run } from "@/db/queries/run";
import { getStaffOrganisation, listOrganisationOptions } from "@/db/queries/staff-organisations";
import { routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/domain/permissions";
import { organisationPath } from "@/lib/domain/urls";

const load = recordLoader(getStaffOrganisation);

export async function generateMetadata({ params }: StaffRecordProps): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffOrganisations");
  const organisation = await load((await params).id);
  return { title: organisation ? t("editTitle", { name: organisation.name }) : t("title") };
}

export default async function StaffOrganisationPage({ params, searchParams }: StaffRecordProps) {
  await routeLocale(params);
  const { id } = await params;
  const user = await requirePermission("organisation.manage", `/staff/organisations/${id}`);
  const [t, organisation, { created }] = await Promise.all([
    getTranslations("staffOrganisations"),
    load(id),
    searchParams,
  ]);
  if (!organisation) notFound();
  // Who may act for the organisation is the administrators' business (user.manage).
  const people = can(user, "user.manage")
    ? await run(listOrganisationPeople, { organisationId: organisation.id })
    : null;
  const isCoalition = organisation.kind === "coalition" || organisation.kind === "network";
  const currentMemberIds = new Set(
    organisation.members.filter((m) => m.leftOn === null).map((m) => m.organisationId),
  );
  const memberOptions = isCoalition
    ? (await run(listOrganisationOptions)).filter(
        (o) => o.id !== organisation.id && !currentMemberIds.has(o.id),
      )
    : [];

  return (
    <StaffPage narrow>
      <StaffRecordHeader
        back={{ href: "/staff/organisations", label: t("back") }}
        title={organisation.name}
        created={created ? t("created") : null}
      />
      <p className="mt-4">
        <Link href={organisationPath(organisation.slug)} className={buttonClasses("secondary")}>
          {t("viewPublic")}
        </Link>
      </p>

      <StaffSection id="organisation-details" heading={t("details")} first>
        <Card className="mt-4">
          <OrganisationForm organisation={organisation} />
        </Card>
      </StaffSection>

      {isCoalition ? (
        <StaffSection id="organisation-members" heading={t("members.heading")} intro={t("members.intro")}>
          <div className="mt-4">
            <MembershipHistory spells={organisation.members} editable emptyText={t("members.empty")} />
          </div>
          <div className="mt-4">
            <AddMemberForm coalitionId={organisation.id} options={memberOptions} />
          </div>
        </StaffSection>
      ) : null}

      <StaffSection
        id="organisation-coalitions"
        heading={t("coalitions.heading")}
        intro={t("coalitions.intro")}
      >
        <div className="mt-4">
          <MembershipHistory spells={organisation.coalitions} emptyText={t("coalitions.empty")} />
        </div>
      </StaffSection>

      {people ? <OrganisationPeopleSection organisation={organisation} people={people} /> : null}

      {organisation.leadsCampaigns.length > 0 ? (
        <StaffSection id="organisation-leads" heading={t("leads")}>
          <ul className="mt-3 flex flex-col gap-2">
            {organisation.leadsCampaigns.map((c) => (
              <li key={c.id}>
                <Link href={`/staff/campaigns/${c.id}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        </StaffSection>
      ) : null}
    </StaffPage>
  );
}
