"use server";

import type { ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import { type RoleChange, setUserRoleDefinition } from "./definitions";

// The users table on the page shows roles: it re-renders with the new one.
const setUserRole = defineAction(setUserRoleDefinition, { refresh: true });

export async function setUserRoleAction(previous: ActionResult<RoleChange> | null, formData: FormData) {
  return setUserRole(previous, formData);
}
