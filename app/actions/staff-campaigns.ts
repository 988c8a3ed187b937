"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import {
  addCoalitionMemberDef,
  createAskDef,
  createCampaignDef,
  createEventDef,
  createOrganisationDef,
  createTargetDef,
  endCoalitionMembershipDef,
  recordAskOutcomeDef,
  recordResponseDef,
  retractAskDef,
  retractEventDef,
  retractResponseDef,
  type StaffWrite,
  setCampaignStatusDef,
  setTargetHolidaysDef,
  updateAskDef,
  updateCampaignDef,
  updateEventDef,
  updateOrganisationDef,
  updateResponseDef,
  updateTargetDef,
} from "@/lib/actions/definitions/staff-campaigns";
import type { ActionResult } from "@/lib/actions/result";
import { defineAction, type FormAction } from "@/lib/actions/safe-action";

/*
 * The staff workspace's campaign, target and organisation forms post here. Each action
 * is defined once in lib/actions/definitions/staff-campaigns.ts (session, permission,
 * zod, transaction, audit and cache tags all come from defineAction).
 */

type Result = ActionResult<StaffWrite>;

/**
 * updateTag already re-renders the page the form is on; a write that touches no public
 * page (a draft's edit) returns no tags, so the staff page is refreshed explicitly.
 */
async function submit(action: FormAction<StaffWrite>, previous: Result | null, formData: FormData) {
  const result = await action(previous, formData);
  if (result.ok && result.data.tags.length === 0) refresh();
  return result;
}

const campaignCreate = defineAction(createCampaignDef);
const campaignUpdate = defineAction(updateCampaignDef);
const campaignSetStatus = defineAction(setCampaignStatusDef);
const askCreate = defineAction(createAskDef);
const askUpdate = defineAction(updateAskDef);
const askRecordOutcome = defineAction(recordAskOutcomeDef);
const askRetract = defineAction(retractAskDef);
const eventCreate = defineAction(createEventDef);
const eventUpdate = defineAction(updateEventDef);
const eventRetract = defineAction(retractEventDef);
const responseCreate = defineAction(recordResponseDef);
const responseUpdate = defineAction(updateResponseDef);
const responseRetract = defineAction(retractResponseDef);
const targetCreate = defineAction(createTargetDef);
const targetUpdate = defineAction(updateTargetDef);
const targetSetHolidays = defineAction(setTargetHolidaysDef);
const organisationCreate = defineAction(createOrganisationDef);
const organisationUpdate = defineAction(updateOrganisationDef);
const coalitionAddMember = defineAction(addCoalitionMemberDef);
const coalitionEndMembership = defineAction(endCoalitionMembershipDef);

/** Creates a campaign, then opens its page to add asks, events and letters. */
export async function createCampaignAction(previous: Result | null, formData: FormData): Promise<Result> {
  const result = await campaignCreate(previous, formData);
  if (result.ok) redirect(`/staff/campaigns/${result.data.id}?created=1`);
  return result;
}

export async function updateCampaignAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(campaignUpdate, previous, formData);
}

export async function setCampaignStatusAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(campaignSetStatus, previous, formData);
}

export async function createAskAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(askCreate, previous, formData);
}

export async function updateAskAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(askUpdate, previous, formData);
}

export async function recordAskOutcomeAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(askRecordOutcome, previous, formData);
}

export async function retractAskAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(askRetract, previous, formData);
}

export async function createEventAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(eventCreate, previous, formData);
}

export async function updateEventAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(eventUpdate, previous, formData);
}

export async function retractEventAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(eventRetract, previous, formData);
}

export async function recordResponseAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(responseCreate, previous, formData);
}

export async function updateResponseAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(responseUpdate, previous, formData);
}

export async function retractResponseAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(responseRetract, previous, formData);
}

/** Creates a target, then opens its page (holidays are set there). */
export async function createTargetAction(previous: Result | null, formData: FormData): Promise<Result> {
  const result = await targetCreate(previous, formData);
  if (result.ok) redirect(`/staff/targets/${result.data.id}?created=1`);
  return result;
}

export async function updateTargetAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(targetUpdate, previous, formData);
}

export async function setTargetHolidaysAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(targetSetHolidays, previous, formData);
}

/** Creates an organisation, then opens its page (coalition members are added there). */
export async function createOrganisationAction(previous: Result | null, formData: FormData): Promise<Result> {
  const result = await organisationCreate(previous, formData);
  if (result.ok) redirect(`/staff/organisations/${result.data.id}?created=1`);
  return result;
}

export async function updateOrganisationAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(organisationUpdate, previous, formData);
}

export async function addCoalitionMemberAction(previous: Result | null, formData: FormData): Promise<Result> {
  return submit(coalitionAddMember, previous, formData);
}

export async function endCoalitionMembershipAction(
  previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return submit(coalitionEndMembership, previous, formData);
}
