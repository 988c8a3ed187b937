"use server";

import { defineAction } from "@/lib/actions/safe-action";
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
 * transaction, audit and cache tags all come from defineAction); an export here is the
 * server action itself, the function defineAction returns.
 */

// Creating opens the new campaign's page, to add asks, events and letters.
export const createCampaignAction = defineAction(createCampaignDefinition, {
  redirectTo: ({ id }) => `/staff/campaigns/${id}?created=1`,
});
export const updateCampaignAction = defineAction(updateCampaignDefinition, { refresh: true });
export const createAskAction = defineAction(createAskDefinition, { refresh: true });
export const updateAskAction = defineAction(updateAskDefinition, { refresh: true });
export const recordAskOutcomeAction = defineAction(recordAskOutcomeDefinition, { refresh: true });
export const retractAskAction = defineAction(retractAskDefinition, { refresh: true });
export const createEventAction = defineAction(createEventDefinition, { refresh: true });
export const updateEventAction = defineAction(updateEventDefinition, { refresh: true });
export const retractEventAction = defineAction(retractEventDefinition, { refresh: true });
export const recordResponseAction = defineAction(recordResponseDefinition, { refresh: true });
export const updateResponseAction = defineAction(updateResponseDefinition, { refresh: true });
export const retractResponseAction = defineAction(retractResponseDefinition, { refresh: true });
