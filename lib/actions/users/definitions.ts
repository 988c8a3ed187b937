import { z } from "zod";
import { setUserRole } from "@/db/queries/users";
import { fieldChange } from "@/lib/actions/field-change";
import { ActionError } from "@/lib/actions/result";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { SITE_ROLES, type SiteRole } from "@/lib/domain/permissions";

/* Administrators decide each account's site role: ./server.ts is the users list's form action. */

export type RoleChange = { userId: string; role: SiteRole };

const setUserRoleSchema = z.object({ userId: z.uuid(), role: z.enum(SITE_ROLES) });

export const setUserRoleDefinition: ActionDefinition<typeof setUserRoleSchema, RoleChange> = {
  name: "user.set_role",
  access: { permission: "user.manage" },
  schema: setUserRoleSchema,
  tags: () => ["users"],
  run: async ({ tx, input, actor, audit }) => {
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
      ...fieldChange("role", change),
    });
    return { userId: input.userId, role: input.role };
  },
};
