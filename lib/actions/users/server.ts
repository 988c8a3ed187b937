"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { setUserRoleDefinition } from "./definitions";

// The users table on the page shows roles: it re-renders with the new one.
export const setUserRoleAction = defineAction(setUserRoleDefinition, { refresh: true });
