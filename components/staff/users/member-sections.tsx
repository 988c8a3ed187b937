import { getLocale, getTranslations } from "next-intl/server";
import { StaffSection } from "@/components/staff/staff-page";
import { Card } from "@/components/ui/card";
import type { OrganisationPerson, UserDetail } from "@/db/queries/organisation-members";
import { formatDay } from "@/lib/i18n/dates";
import { AddMemberForm, MemberList, type MemberRow } from "./member-forms";

/*
 * The "who acts for which organisation" sections of the admin pages: on a user's page
 * one row per organisation, on an organisation's page one row per person. Both list,
 * change and remove memberships with the same forms.
 */

/** A user's organisations, and the form to add one. */
export async function UserMembershipsSection({
  user,
  organisations,
}: {
  user: UserDetail;
  /** Every organisation, for the picker; those the user already belongs to are left out. */
  organisations: ReadonlyArray<{ id: string; name: string }>;
}) {
  const [t, locale] = await Promise.all([getTranslations("staffMembers"), getLocale()]);
  const userLabel = user.email;
  const rows: MemberRow[] = user.memberships.map((m) => ({
    organisationId: m.organisationId,
    userId: user.id,
    title: m.name,
    href: `/staff/organisations/${m.organisationId}`,
    role: m.role,
    since: t("since", { date: formatDay(m.since, locale) }),
    userLabel,
    organisationLabel: m.name,
  }));
  const current = new Set(user.memberships.map((m) => m.organisationId));
  return (
    <StaffSection id="user-organisations" heading={t("organisationsHeading")} intro={t("organisationsIntro")}>
      <div className="mt-4">
        <MemberList rows={rows} side="user" emptyText={t("noMemberships", { user: userLabel })} />
      </div>
      <Card className="mt-6">
        <h3 className="text-xl font-bold">{t("addToOrganisation")}</h3>
        <div className="mt-4">
          <AddMemberForm
            userId={user.id}
            userLabel={userLabel}
            organisations={organisations.filter((o) => !current.has(o.id))}
          />
        </div>
      </Card>
    </StaffSection>
  );
}

/** The people who act for an organisation, and the form to add one by e-mail address. */
export async function OrganisationPeopleSection({
  organisation,
  people,
}: {
  organisation: { id: string; name: string };
  people: readonly OrganisationPerson[];
}) {
  const [t, tRoles, locale] = await Promise.all([
    getTranslations("staffMembers"),
    getTranslations("roles.site"),
    getLocale(),
  ]);
  const rows: MemberRow[] = people.map((p) => ({
    organisationId: organisation.id,
    userId: p.userId,
    title: p.name ?? p.email,
    detail: p.name ? p.email : undefined,
    href: `/staff/users/${p.userId}`,
    badges: [
      ...(p.siteRole === "member" ? [] : [t("siteRoleBadge", { role: tRoles(p.siteRole) })]),
      ...(p.disabled ? [t("disabled")] : []),
    ],
    role: p.role,
    since: t("since", { date: formatDay(p.since, locale) }),
    userLabel: p.email,
    organisationLabel: organisation.name,
  }));
  return (
    <StaffSection
      id="organisation-people"
      heading={t("peopleHeading")}
      intro={t("peopleIntro", { organisation: organisation.name })}
    >
      <div className="mt-4">
        <MemberList
          rows={rows}
          side="organisation"
          emptyText={t("noPeople", { organisation: organisation.name })}
        />
      </div>
      <Card className="mt-6">
        <h3 className="text-xl font-bold">{t("addPerson")}</h3>
        <div className="mt-4">
          <AddMemberForm organisationId={organisation.id} />
        </div>
      </Card>
    </StaffSection>
  );
}
