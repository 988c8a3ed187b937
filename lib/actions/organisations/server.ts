"use server";

import type { ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import type { StaffWrite } from "@/lib/actions/staff-write";
import {
  addCoalitionMemberDefinition,
  createOrganisationDefinition,
  endCoalitionMembershipDefinition,
  updateOrganisationDefinition,
} from "./definitions";

/* The staff organisation forms' server actions; the rules live in ./definitions.ts. */

type State = ActionResult<StaffWrite> | null;

// Creating opens the new organisation's page, where coalition members are added.
const createOrganisation = defineAction(createOrganisationDefinition, {
  redirectTo: ({ id }) => `/staff/organisations/${id}?created=1`,
});
const updateOrganisation = defineAction(updateOrganisationDefinition, { refresh: true });
const addCoalitionMember = defineAction(addCoalitionMemberDefinition, { refresh: true });
const endCoalitionMembership = defineAction(endCoalitionMembershipDefinition, { refresh: true });

export async function createOrganisationAction(previous: State, formData: FormData) {
  return createOrganisation(previous, formData);
}

export async function updateOrganisationAction(previous: State, formData: FormData) {
  return updateOrganisation(previous, formData);
}

export async function addCoalitionMemberAction(previous: State, formData: FormData) {
  return addCoalitionMember(previous, formData);
}

export async function endCoalitionMembershipAction(previous: State, formData: FormData) {
  return endCoalitionMembership(previous, formData);
}
