"use server";

import type { ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import {
  closeLetterDefinition,
  createLetterDefinition,
  type LetterChange,
  type LetterUpdate,
  openSigningDefinition,
  returnToDraftDefinition,
  sendLetterDefinition,
  updateLetterDefinition,
} from "./definitions";

/*
 * The staff letter forms' server actions. The rules live in ./definitions.ts; here a
 * success either opens the new letter or re-renders the page so it shows the new state.
 */

type State<T> = ActionResult<T> | null;

const createLetter = defineAction(createLetterDefinition, {
  redirectTo: ({ id }) => `/staff/letters/${id}?created=1`,
});
const updateLetter = defineAction(updateLetterDefinition, { refresh: true });
const openSigning = defineAction(openSigningDefinition, { refresh: true });
const returnToDraft = defineAction(returnToDraftDefinition, { refresh: true });
const sendLetter = defineAction(sendLetterDefinition, { refresh: true });
const closeLetter = defineAction(closeLetterDefinition, { refresh: true });

export async function createLetterAction(previous: State<{ id: string; slug: string }>, formData: FormData) {
  return createLetter(previous, formData);
}

export async function updateLetterAction(previous: State<LetterUpdate>, formData: FormData) {
  return updateLetter(previous, formData);
}

export async function openSigningAction(previous: State<LetterChange>, formData: FormData) {
  return openSigning(previous, formData);
}

export async function returnToDraftAction(previous: State<LetterChange>, formData: FormData) {
  return returnToDraft(previous, formData);
}

export async function sendLetterAction(previous: State<LetterChange>, formData: FormData) {
  return sendLetter(previous, formData);
}

export async function closeLetterAction(previous: State<LetterChange>, formData: FormData) {
  return closeLetter(previous, formData);
}
