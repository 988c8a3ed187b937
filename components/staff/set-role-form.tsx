"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { RolePickerForm } from "@/components/staff/role-picker-form";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { setUserRoleAction } from "@/lib/actions/users/server";
import type { SiteRole } from "@/lib/domain/permissions";

type Props = {
  userId: string;
  /** The user's name or e-mail, so each row's controls say whom they change. */
  userLabel: string;
  currentRole: SiteRole;
  roles: Array<{ value: SiteRole; label: string }>;
};

/** One row's role picker; posts the server action, so it also works without JavaScript. */
export function SetRoleForm({ userId, userLabel, currentRole, roles }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(setUserRoleAction, null);
  const f = useActionFeedback(state);
  const roleLabel = (role: SiteRole) => roles.find((r) => r.value === role)?.label ?? role;

  return (
    <RolePickerForm
      action={formAction}
      hidden={{ userId }}
      label={t("staffUsers.roleFor", { user: userLabel })}
      value={f.value("role", state?.ok ? state.data.role : currentRole)}
      options={roles}
      pending={pending}
      submit={{
        label: t("staffUsers.change"),
        pendingLabel: t("staffUsers.pending"),
        ariaLabel: `${t("staffUsers.change")}: ${userLabel}`,
      }}
      succeeded={
        state?.ok ? t("staffUsers.changed", { user: userLabel, role: roleLabel(state.data.role) }) : undefined
      }
      failed={f.failed ? f.message(f.failed.error) : undefined}
    />
  );
}
