"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { defineAction } from "@/lib/actions/safe-action";
import { getCurrentUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/server/request";
import {
  createBodyDefinition,
  createResolutionDefinition,
  createResolutionTextDefinition,
  createSessionDefinition,
  retractPositionDefinition,
  updateResolutionTextDefinition,
  updateSessionDefinition,
} from "./definitions";
import { type PasteState, pasteMembershipsStep, pastePositionsStep } from "./paste";

/* The staff UN record forms' server actions; the rules live in ./definitions.ts and ./paste.ts. */

// Creating a body, a line or a text opens its page; sessions are added on the body's page.
export const createBodyAction = defineAction(createBodyDefinition, {
  redirectTo: ({ id }) => `/staff/resolutions/bodies/${id}?created=1`,
});
export const createSessionAction = defineAction(createSessionDefinition, { refresh: true });
export const updateSessionAction = defineAction(updateSessionDefinition, { refresh: true });
export const createResolutionAction = defineAction(createResolutionDefinition, { refresh: true });
export const createResolutionTextAction = defineAction(createResolutionTextDefinition, {
  redirectTo: ({ id }) => `/staff/resolutions/texts/${id}?created=1`,
});
export const updateResolutionTextAction = defineAction(updateResolutionTextDefinition, { refresh: true });
export const retractPositionAction = defineAction(retractPositionDefinition, { refresh: true });

/*
 * The two pasted lists. Their preview writes nothing, so these are not defineActions:
 * they check the permission themselves (./paste.ts), and the save runs the defineAction
 * "position.record" or "membership.record", which checks everything again.
 */

async function caller() {
  const [actor, requestHeaders] = await Promise.all([getCurrentUser(), headers()]);
  return { actor, ip: clientIp(requestHeaders) };
}

async function pasteAction(
  step: typeof pastePositionsStep,
  name: string,
  formData: FormData,
  { refreshOnSave = false } = {},
): Promise<PasteState> {
  try {
    const state = await step(formData, await caller());
    if (refreshOnSave && state.saved !== undefined) refresh();
    return state;
  } catch (error) {
    unstable_rethrow(error);
    console.error(`[action ${name}]`, error);
    return { phase: "edit", values: {}, rows: [], error: "errors.unexpected" };
  }
}

export async function pastePositionsAction(_previous: PasteState, formData: FormData): Promise<PasteState> {
  return pasteAction(pastePositionsStep, "position.paste", formData);
}

export async function pasteMembershipsAction(_previous: PasteState, formData: FormData): Promise<PasteState> {
  // Membership shows on no public page, so no cache tag re-renders the body's page: refresh it.
  return pasteAction(pasteMembershipsStep, "membership.paste", formData, { refreshOnSave: true });
}
