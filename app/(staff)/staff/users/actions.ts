"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { setUserRole } from "@/db/queries/users";
import {
  addMemberDef,
  type MemberChange,
  removeMemberDef,
  setMemberRoleDef,
} from "@/lib/actions/definitions/organisation-members";
import { ActionError, type ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import { SITE_ROLES, type SiteRole } from "@/lib/domain/permissions";

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

const addMember = defineAction(addMemberDef);
const setMemberRole = defineAction(setMemberRoleDef);
const removeMember = defineAction(removeMemberDef);

type MemberState = ActionResult<MemberChange> | null;

// The user's page and the organisation's page list memberships: re-render them.
async function andRefresh(result: Promise<ActionResult<MemberChange>>) {
  const settled = await result;
  if (settled.ok) refresh();
  return settled;
}

/** Adds a person to an organisation (by user id, or by e-mail address) with a role. */
export async function addOrganisationMemberAction(previous: MemberState, formData: FormData) {
  return andRefresh(addMember(previous, formData));
}

/** Changes what a person may do for an organisation. */
export async function setOrganisationMemberRoleAction(previous: MemberState, formData: FormData) {
  return andRefresh(setMemberRole(previous, formData));
}

/** Removes a person from an organisation. */
export async function removeOrganisationMemberAction(previous: MemberState, formData: FormData) {
  return andRefresh(removeMember(previous, formData));
}
