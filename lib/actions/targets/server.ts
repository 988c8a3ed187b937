"use server";

import type { ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import type { StaffWrite } from "@/lib/actions/staff-write";
import { createTargetDefinition, setTargetHolidaysDefinition, updateTargetDefinition } from "./definitions";

/* The staff target forms' server actions; the rules live in ./definitions.ts. */

type State = ActionResult<StaffWrite> | null;

// Creating opens the new target's page, where its holidays are set.
const createTarget = defineAction(createTargetDefinition, {
  redirectTo: ({ id }) => `/staff/targets/${id}?created=1`,
});
const updateTarget = defineAction(updateTargetDefinition, { refresh: true });
const setTargetHolidays = defineAction(setTargetHolidaysDefinition, { refresh: true });

export async function createTargetAction(previous: State, formData: FormData) {
  return createTarget(previous, formData);
}

export async function updateTargetAction(previous: State, formData: FormData) {
  return updateTarget(previous, formData);
}

export async function setTargetHolidaysAction(previous: State, formData: FormData) {
  return setTargetHolidays(previous, formData);
}
