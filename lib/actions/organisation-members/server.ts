"use server";

import type { ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import {
  addOrganisationMemberDefinition,
  type MemberChange,
  removeOrganisationMemberDefinition,
  setOrganisationMemberRoleDefinition,
} from "./definitions";

type State = ActionResult<MemberChange> | null;

// The user's page and the organisation's page list memberships: they re-render.
const addOrganisationMember = defineAction(addOrganisationMemberDefinition, { refresh: true });
const setOrganisationMemberRole = defineAction(setOrganisationMemberRoleDefinition, { refresh: true });
const removeOrganisationMember = defineAction(removeOrganisationMemberDefinition, { refresh: true });

/** Adds a person to an organisation (by user id, or by e-mail address) with a role. */
export async function addOrganisationMemberAction(previous: State, formData: FormData) {
  return addOrganisationMember(previous, formData);
}

/** Changes what a person may do for an organisation. */
export async function setOrganisationMemberRoleAction(previous: State, formData: FormData) {
  return setOrganisationMemberRole(previous, formData);
}

/** Removes a person from an organisation. */
export async function removeOrganisationMemberAction(previous: State, formData: FormData) {
  return removeOrganisationMember(previous, formData);
}
