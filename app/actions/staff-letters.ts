"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import {
  closeLetter,
  createLetter,
  type LetterChange,
  type LetterUpdate,
  openSigning,
  returnToDraft,
  sendLetter,
  updateLetter,
} from "@/lib/actions/definitions/staff-letters";
import type { ActionResult } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";

/*
 * The staff letter forms' server actions. The rules live in the definitions; here a
 * success either opens the new letter or re-renders the page so it shows the new state.
 */

const create = defineAction(createLetter);
const update = defineAction(updateLetter);
const open = defineAction(openSigning);
const toDraft = defineAction(returnToDraft);
const send = defineAction(sendLetter);
const close = defineAction(closeLetter);

type State<T> = ActionResult<T> | null;

export async function createLetterAction(
  previous: State<{ id: string; slug: string }>,
  formData: FormData,
): Promise<ActionResult<{ id: string; slug: string }>> {
  const result = await create(previous, formData);
  if (result.ok) redirect(`/staff/letters/${result.data.id}?created=1`);
  return result;
}

export async function updateLetterAction(
  previous: State<LetterUpdate>,
  formData: FormData,
): Promise<ActionResult<LetterUpdate>> {
  const result = await update(previous, formData);
  if (result.ok) refresh();
  return result;
}

async function lifecycle(
  action: typeof open,
  previous: State<LetterChange>,
  formData: FormData,
): Promise<ActionResult<LetterChange>> {
  const result = await action(previous, formData);
  if (result.ok) refresh();
  return result;
}

export async function openSigningAction(previous: State<LetterChange>, formData: FormData) {
  return lifecycle(open, previous, formData);
}

export async function returnToDraftAction(previous: State<LetterChange>, formData: FormData) {
  return lifecycle(toDraft, previous, formData);
}

export async function sendLetterAction(previous: State<LetterChange>, formData: FormData) {
  return lifecycle(send, previous, formData);
}

export async function closeLetterAction(previous: State<LetterChange>, formData: FormData) {
  return lifecycle(close, previous, formData);
}
