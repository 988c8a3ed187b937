import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SetRoleForm } from "@/components/staff/set-role-form";
import { StaffPage, StaffRecordHeader, StaffSection } from "@/components/staff/staff-page";
import { UserMembershipsSection } from "@/components/staff/users/member-sections";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { getUserDetail } from "@/db/queries/organisation-members";
import { run } from "@/db/queries/run";
import { listOrganisationOptions } from "@/db/queries/staff-organisations";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { isUuid } from "@/lib/domain/ids";
import { formatDay } from "@/lib/i18n/dates";

type Props = { params: LocaleParams<{ id: string }> };

async function load(id: string) {
  return isUuid(id) ? run(getUserDetail, { id }) : null;
}

// The title names no one: only administrators may learn whose account an id is.
export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffUsers");
  return { title: t("title") };
}

export default async function StaffUserPage({ params }: Props) {
  await routeLocale(params);
  const { id } = await params;
  const admin = await requirePermission("user.manage", `/staff/users/${id}`);
  const [t, user, organisations] = await Promise.all([
    getTranslations(),
    load(id),
    run(listOrganisationOptions),
  ]);
  if (!user) notFound();

  return (
    <StaffPage narrow>
      <StaffRecordHeader
        back={{ href: "/staff/users", label: t("staffMembers.back") }}
        title={user.name ?? user.email}
      />
      <p className="mt-3 flex flex-wrap gap-2">
        <StatusBadge tone={user.role === "member" ? "neutral" : "info"}>
          {t(`roles.site.${user.role}`)}
        </StatusBadge>
        {user.id === admin.id ? <StatusBadge tone="neutral">{t("staffMembers.you")}</StatusBadge> : null}
        {user.disabled ? <StatusBadge tone="danger">{t("staffMembers.disabled")}</StatusBadge> : null}
      </p>

      <StaffSection id="user-account" heading={t("staffMembers.account")} first>
        <Card className="mt-4">
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("staffMembers.email")}</dt>
            <dd className="break-all">{user.email}</dd>
            <dt className="font-semibold">{t("staffMembers.joined")}</dt>
            <dd>{formatDay(user.createdAt, await getLocale())}</dd>
          </dl>
          <h3 className="mt-6 font-semibold">{t("staffMembers.siteRole")}</h3>
          <p className="mt-1 text-sm text-ink-muted">{t("staffMembers.siteRoleHint")}</p>
          <div className="mt-3">
            <SetRoleForm user={user} />
          </div>
        </Card>
      </StaffSection>

      <UserMembershipsSection user={user} organisations={organisations} />
    </StaffPage>
  );
}
