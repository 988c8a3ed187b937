"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { createTargetDefinition, setTargetHolidaysDefinition, updateTargetDefinition } from "./definitions";

/* The staff target forms' server actions; the rules live in ./definitions.ts. */

// Creating opens the new target's page, where its holidays are set.
export const createTargetAction = defineAction(createTargetDefinition, {
  redirectTo: ({ id }) => `/staff/targets/${id}?created=1`,
});
export const updateTargetAction = defineAction(updateTargetDefinition, { refresh: true });
export const setTargetHolidaysAction = defineAction(setTargetHolidaysDefinition, { refresh: true });
