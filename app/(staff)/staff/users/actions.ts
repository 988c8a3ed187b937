"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { setUserRole } from "@/db/queries/users";
import { ActionError, type ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import { SITE_ROLES, type SiteRole } from "@/lib/permissions";

type RoleChange = { userId: string; role: SiteRole };

const setRole = defineAction({
  name: "user.set_role",
  access: { permission: "user.manage" },
  schema: z.object({ userId: z.uuid(), role: z.enum(SITE_ROLES) }),
  tags: () => ["users"],
  run: async ({ tx, input, actor, audit }): Promise<RoleChange> => {
    // The last admin could otherwise lock everyone out of user management.
    if (actor?.id === input.userId && input.role !== "admin") {
      throw new ActionError("errors.user.cannotDemoteSelf");
    }
    const change = await setUserRole(tx, { id: input.userId, role: input.role });
    if (!change) throw new ActionError("errors.user.notFound");
    audit({
      action: "user.set_role",
      entityType: "user",
      entityId: input.userId,
      before: { role: change.before },
      after: { role: change.after },
    });
    return { userId: input.userId, role: input.role };
  },
});

export async function setUserRoleAction(
  previous: ActionResult<RoleChange> | null,
  formData: FormData,
): Promise<ActionResult<RoleChange>> {
  const result = await setRole(previous, formData);
  // The users table on the page shows roles: re-render it with the new one.
  if (result.ok) refresh();
  return result;
}
