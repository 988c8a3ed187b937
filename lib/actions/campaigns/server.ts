"use server";

import type { ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import type { StaffWrite } from "@/lib/actions/staff-write";
import {
  createAskDefinition,
  createCampaignDefinition,
  createEventDefinition,
  recordAskOutcomeDefinition,
  recordResponseDefinition,
  retractAskDefinition,
  retractEventDefinition,
  retractResponseDefinition,
  updateAskDefinition,
  updateCampaignDefinition,
  updateEventDefinition,
  updateResponseDefinition,
} from "./definitions";

/*
 * The staff campaign page's forms post here: the campaign itself, its asks, events and
 * responses. Each action is defined once in ./definitions.ts (session, permission, zod,
 * transaction, audit and cache tags all come from defineAction).
 */

type State = ActionResult<StaffWrite> | null;

// Creating opens the new campaign's page, to add asks, events and letters.
const createCampaign = defineAction(createCampaignDefinition, {
  redirectTo: ({ id }) => `/staff/campaigns/${id}?created=1`,
});
const updateCampaign = defineAction(updateCampaignDefinition, { refresh: true });
const createAsk = defineAction(createAskDefinition, { refresh: true });
const updateAsk = defineAction(updateAskDefinition, { refresh: true });
const recordAskOutcome = defineAction(recordAskOutcomeDefinition, { refresh: true });
const retractAsk = defineAction(retractAskDefinition, { refresh: true });
const createEvent = defineAction(createEventDefinition, { refresh: true });
const updateEvent = defineAction(updateEventDefinition, { refresh: true });
const retractEvent = defineAction(retractEventDefinition, { refresh: true });
const recordResponse = defineAction(recordResponseDefinition, { refresh: true });
const updateResponse = defineAction(updateResponseDefinition, { refresh: true });
const retractResponse = defineAction(retractResponseDefinition, { refresh: true });

export async function createCampaignAction(previous: State, formData: FormData) {
  return createCampaign(previous, formData);
}

export async function updateCampaignAction(previous: State, formData: FormData) {
  return updateCampaign(previous, formData);
}

export async function createAskAction(previous: State, formData: FormData) {
  return createAsk(previous, formData);
}

export async function updateAskAction(previous: State, formData: FormData) {
  return updateAsk(previous, formData);
}

export async function recordAskOutcomeAction(previous: State, formData: FormData) {
  return recordAskOutcome(previous, formData);
}

export async function retractAskAction(previous: State, formData: FormData) {
  return retractAsk(previous, formData);
}

export async function createEventAction(previous: State, formData: FormData) {
  return createEvent(previous, formData);
}

export async function updateEventAction(previous: State, formData: FormData) {
  return updateEvent(previous, formData);
}

export async function retractEventAction(previous: State, formData: FormData) {
  return retractEvent(previous, formData);
}

export async function recordResponseAction(previous: State, formData: FormData) {
  return recordResponse(previous, formData);
}

export async function updateResponseAction(previous: State, formData: FormData) {
  return updateResponse(previous, formData);
}

export async function retractResponseAction(previous: State, formData: FormData) {
  return retractResponse(previous, formData);
}
