import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SetRoleForm } from "@/components/staff/set-role-form";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import { listMembershipsByUser } from "@/db/queries/organisation-members";
import { run } from "@/db/queries/run";
import { listUsers } from "@/db/queries/users";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffUsers");
  return { title: t("title") };
}

export default async function StaffUsersPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  const admin = await requirePermission("user.manage", "/staff/users");
  const [t, users, memberships] = await Promise.all([
    getTranslations(),
    run(listUsers),
    run(listMembershipsByUser),
  ]);

  return (
    <StaffPage>
      <StaffPageHeader
        back={{ href: "/staff", label: t("staffUsers.back") }}
        title={t("staffUsers.title")}
        intro={t("staffUsers.intro")}
      />

      {users.length === 0 ? (
        <p className="mt-8 text-ink-muted">{t("staffUsers.empty")}</p>
      ) : (
        <Table
          caption={t("staffUsers.caption")}
          minWidth="min-w-[20rem]"
          className="mt-8"
          columns={[
            { label: t("staffUsers.user") },
            { label: t("staffUsers.role"), showFrom: "sm" },
            { label: t("staffUsers.organisations"), showFrom: "md" },
            { label: t("staffUsers.changeRole") },
          ]}
        >
          <TableBody>
            {users.map((user) => {
              const roleLabel = t(`roles.site.${user.role}`);
              const userMemberships = memberships.get(user.id) ?? [];
              return (
                <TableRow key={user.id}>
                  <RowHeader>
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
                  </RowHeader>
                  <TableCell showFrom="sm">
                    <StatusBadge tone={user.role === "member" ? "neutral" : "info"}>{roleLabel}</StatusBadge>
                  </TableCell>
                  <TableCell showFrom="md">
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
                  </TableCell>
                  <TableCell className="w-[55%] sm:w-auto">
                    <SetRoleForm user={user} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </StaffPage>
  );
}
