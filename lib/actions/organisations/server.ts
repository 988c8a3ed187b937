"use server";

import { defineAction } from "@/lib/actions/safe-action";
import {
  addCoalitionMemberDefinition,
  createOrganisationDefinition,
  endCoalitionMembershipDefinition,
  updateOrganisationDefinition,
} from "./definitions";

/* The staff organisation forms' server actions; the rules live in ./definitions.ts. */

// Creating opens the new organisation's page, where coalition members are added.
export const createOrganisationAction = defineAction(createOrganisationDefinition, {
  redirectTo: ({ id }) => `/staff/organisations/${id}?created=1`,
});
export const updateOrganisationAction = defineAction(updateOrganisationDefinition, { refresh: true });
export const addCoalitionMemberAction = defineAction(addCoalitionMemberDefinition, { refresh: true });
export const endCoalitionMembershipAction = defineAction(endCoalitionMembershipDefinition, { refresh: true });
