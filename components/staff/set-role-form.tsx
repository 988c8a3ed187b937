"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { RolePickerForm } from "@/components/staff/role-picker-form";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { setUserRoleAction } from "@/lib/actions/users/server";
import { SITE_ROLES, type SiteRole } from "@/lib/domain/permissions";

/**
 * One user's site-role picker, on the users list and on the user's page; the row says
 * whom it changes by the e-mail address. Posts the server action, so it also works
 * without JavaScript.
 */
export function SetRoleForm({ user }: { user: { id: string; email: string; role: SiteRole } }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(setUserRoleAction, null);
  const f = useActionFeedback(state);
  const roleLabel = (role: SiteRole) => t(`roles.site.${role}`);

  return (
    <RolePickerForm
      action={formAction}
      hidden={{ userId: user.id }}
      label={t("staffUsers.roleFor", { user: user.email })}
      value={f.value("role", state?.ok ? state.data.role : user.role)}
      options={SITE_ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
      pending={pending}
      submit={{
        label: t("staffUsers.change"),
        pendingLabel: t("staffUsers.pending"),
        ariaLabel: `${t("staffUsers.change")}: ${user.email}`,
      }}
      succeeded={
        state?.ok
          ? t("staffUsers.changed", { user: user.email, role: roleLabel(state.data.role) })
          : undefined
      }
      failed={f.failed ? f.message(f.failed.error) : undefined}
    />
  );
}
