import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MembershipHistory } from "@/components/staff/organisations/membership-history";
import { AddMemberForm, OrganisationForm } from "@/components/staff/organisations/organisation-forms";
import { BackLink, StaffPage } from "@/components/staff/staff-page";
import { OrganisationPeopleSection } from "@/components/staff/users/member-sections";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listOrganisationPeople } from "@/db/queries/organisation-members";
import { run } from "@/db/queries/run";
import { getStaffOrganisation, listOrganisationOptions } from "@/db/queries/staff-organisations";
import { requirePermission } from "@/lib/auth/session";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/permissions";
import { organisationPath } from "@/lib/domain/urls";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

async function load(id: string) {
  return isUuid(id) ? run(getStaffOrganisation, { id }) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("staffOrganisations");
  const organisation = await load((await params).id);
  return { title: organisation ? t("editTitle", { name: organisation.name }) : t("title") };
}

export default async function StaffOrganisationPage({ params, searchParams }: Props) {
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
      <BackLink href="/staff/organisations">{t("back")}</BackLink>
      <h1 className="mt-4 text-3xl font-bold sm:text-4xl">{organisation.name}</h1>
      {created ? (
        <Alert tone="success" className="mt-6">
          {t("created")}
        </Alert>
      ) : null}
      <p className="mt-4">
        <Link href={organisationPath(organisation.slug)} className={buttonClasses("secondary")}>
          {t("viewPublic")}
        </Link>
      </p>

      <section aria-labelledby="organisation-details" className="mt-10">
        <h2 id="organisation-details" className="text-2xl font-bold">
          {t("details")}
        </h2>
        <Card className="mt-4">
          <OrganisationForm organisation={organisation} />
        </Card>
      </section>

      {isCoalition ? (
        <section aria-labelledby="organisation-members" className="mt-12">
          <h2 id="organisation-members" className="text-2xl font-bold">
            {t("members.heading")}
          </h2>
          <p className="mt-2 text-ink-muted">{t("members.intro")}</p>
          <div className="mt-4">
            <MembershipHistory spells={organisation.members} editable emptyText={t("members.empty")} />
          </div>
          <div className="mt-4">
            <AddMemberForm coalitionId={organisation.id} options={memberOptions} />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="organisation-coalitions" className="mt-12">
        <h2 id="organisation-coalitions" className="text-2xl font-bold">
          {t("coalitions.heading")}
        </h2>
        <p className="mt-2 text-ink-muted">{t("coalitions.intro")}</p>
        <div className="mt-4">
          <MembershipHistory spells={organisation.coalitions} emptyText={t("coalitions.empty")} />
        </div>
      </section>

      {people ? <OrganisationPeopleSection organisation={organisation} people={people} /> : null}

      {organisation.leadsCampaigns.length > 0 ? (
        <section aria-labelledby="organisation-leads" className="mt-12">
          <h2 id="organisation-leads" className="text-2xl font-bold">
            {t("leads")}
          </h2>
          <ul className="mt-3 flex flex-col gap-2">
            {organisation.leadsCampaigns.map((c) => (
              <li key={c.id}>
                <Link href={`/staff/campaigns/${c.id}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </StaffPage>
  );
}
