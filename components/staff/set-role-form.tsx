"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
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
  const id = useId();
  const selectId = `${id}-role`;
  const messageId = `${id}-message`;
  const f = useActionFeedback(state);
  const roleLabel = (role: SiteRole) => roles.find((r) => r.value === role)?.label ?? role;

  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <label htmlFor={selectId} className="sr-only">
          {t("staffUsers.roleFor", { user: userLabel })}
        </label>
        <select
          id={selectId}
          name="role"
          defaultValue={f.value("role", state?.ok ? state.data.role : currentRole)}
          aria-describedby={state ? messageId : undefined}
          aria-invalid={f.failed ? true : undefined}
          className={`${controlClasses} w-full sm:w-auto sm:min-w-[10rem]`}
        >
          {roles.map((role) => (
            <option key={role.value} value={role.value}>
              {role.label}
            </option>
          ))}
        </select>
        <Button
          type="submit"
          variant="secondary"
          className="w-full sm:w-auto"
          pending={pending}
          pendingLabel={t("staffUsers.pending")}
          aria-label={`${t("staffUsers.change")}: ${userLabel}`}
        >
          {t("staffUsers.change")}
        </Button>
      </div>
      {state?.ok ? (
        <p id={messageId} role="status" className="text-sm font-medium text-success">
          <span aria-hidden="true">✓ </span>
          {t("staffUsers.changed", { user: userLabel, role: roleLabel(state.data.role) })}
        </p>
      ) : null}
      {f.failed ? (
        <p id={messageId} role="alert" className="text-sm font-medium text-danger">
          {f.message(f.failed.error)}
        </p>
      ) : null}
    </form>
  );
}
