"use server";

import { defineAction } from "@/lib/actions/safe-action";
import {
  addOrganisationMemberDefinition,
  removeOrganisationMemberDefinition,
  setOrganisationMemberRoleDefinition,
} from "./definitions";

// The user's page and the organisation's page list memberships: they re-render.

/** Adds a person to an organisation (by user id, or by e-mail address) with a role. */
export const addOrganisationMemberAction = defineAction(addOrganisationMemberDefinition, { refresh: true });

/** Changes what a person may do for an organisation. */
export const setOrganisationMemberRoleAction = defineAction(setOrganisationMemberRoleDefinition, {
  refresh: true,
});

/** Removes a person from an organisation. */
export const removeOrganisationMemberAction = defineAction(removeOrganisationMemberDefinition, {
  refresh: true,
});
