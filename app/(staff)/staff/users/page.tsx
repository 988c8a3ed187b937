import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetRoleForm } from "@/components/staff/set-role-form";
import { BackLink, StaffPage } from "@/components/staff/staff-page";
import { StatusBadge } from "@/components/ui/status-badge";
import { getDb } from "@/db";
import { listMembershipsByUser } from "@/db/queries/organisation-members";
import { listUsers } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/session";
import { SITE_ROLES } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffUsers");
  return { title: t("title") };
}

export default async function StaffUsersPage() {
  const admin = await requirePermission("user.manage", "/staff/users");
  const [t, users, memberships] = await Promise.all([
    getTranslations(),
    listUsers(getDb()),
    listMembershipsByUser(getDb()),
  ]);
  const roleOptions = SITE_ROLES.map((role) => ({ value: role, label: t(`roles.site.${role}`) }));

  return (
    <StaffPage>
      <BackLink href="/staff">{t("staffUsers.back")}</BackLink>
      <h1 className="mt-4 text-4xl font-bold">{t("staffUsers.title")}</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-muted">{t("staffUsers.intro")}</p>

      {users.length === 0 ? (
        <p className="mt-8 text-ink-muted">{t("staffUsers.empty")}</p>
      ) : (
        <div className="mt-8 overflow-x-auto rounded-lg border border-line bg-surface">
          <table className="w-full min-w-[20rem] border-collapse text-left">
            <caption className="sr-only">{t("staffUsers.caption")}</caption>
            <thead className="border-b border-line bg-paper-deep text-sm text-ink-muted">
              <tr>
                <th scope="col" className="px-3 py-3 sm:px-4 font-semibold">
                  {t("staffUsers.user")}
                </th>
                <th scope="col" className="hidden px-3 py-3 sm:px-4 font-semibold sm:table-cell">
                  {t("staffUsers.role")}
                </th>
                <th scope="col" className="hidden px-3 py-3 sm:px-4 font-semibold md:table-cell">
                  {t("staffUsers.organisations")}
                </th>
                <th scope="col" className="px-3 py-3 sm:px-4 font-semibold">
                  {t("staffUsers.changeRole")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {users.map((user) => {
                const roleLabel = t(`roles.site.${user.role}`);
                const userMemberships = memberships.get(user.id) ?? [];
                return (
                  <tr key={user.id} className="align-top">
                    <th scope="row" className="px-3 py-4 sm:px-4 text-left font-normal">
                      <Link
                        href={`/staff/users/${user.id}`}
                        className="block font-semibold break-words"
                        aria-label={t("staffUsers.manageFor", { user: user.name ?? user.email })}
                      >
                        {user.name ?? user.email}
                      </Link>
                      {user.name ? (
                        <span className="block text-sm break-all text-ink-muted">{user.email}</span>
                      ) : null}
                      <span className="mt-2 flex flex-wrap gap-2">
                        <span className="sm:hidden">
                          <StatusBadge tone={user.role === "member" ? "neutral" : "info"}>
                            {roleLabel}
                          </StatusBadge>
                        </span>
                        {user.id === admin.id ? (
                          <StatusBadge tone="neutral">{t("staffUsers.you")}</StatusBadge>
                        ) : null}
                        {user.disabled ? (
                          <StatusBadge tone="danger">{t("staffUsers.disabled")}</StatusBadge>
                        ) : null}
                      </span>
                    </th>
                    <td className="hidden px-3 py-4 sm:px-4 sm:table-cell">
                      <StatusBadge tone={user.role === "member" ? "neutral" : "info"}>
                        {roleLabel}
                      </StatusBadge>
                    </td>
                    <td className="hidden px-3 py-4 sm:px-4 md:table-cell">
                      {userMemberships.length === 0 ? (
                        <span className="text-ink-muted">{t("staffUsers.noOrganisations")}</span>
                      ) : (
                        <ul className="flex flex-col gap-1">
                          {userMemberships.map((m) => (
                            <li key={m.organisationId}>
                              {t("staffUsers.membership", {
                                organisation: m.name,
                                role: t(`roles.org.${m.role}`),
                              })}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="w-[55%] px-3 py-4 sm:w-auto sm:px-4">
                      <SetRoleForm
                        userId={user.id}
                        userLabel={user.email}
                        currentRole={user.role}
                        roles={roleOptions}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </StaffPage>
  );
}
