"use server";

import { defineAction } from "@/lib/actions/safe-action";
import {
  askTranslation,
  campaignTranslation,
  deleteLetterTranslationDefinition,
  eventTranslation,
  responseTranslation,
  saveLetterTranslationDefinition,
  setCampaignOriginalDefinition,
  setLetterOriginalDefinition,
} from "./definitions";

/*
 * The translation editor's server actions (app/(staff)/staff/translations): saving a
 * record's text in a language, and deleting it. Each re-renders the editor, which then
 * shows what was saved.
 */

export const saveLetterTranslationAction = defineAction(saveLetterTranslationDefinition, { refresh: true });
export const deleteLetterTranslationAction = defineAction(deleteLetterTranslationDefinition, {
  refresh: true,
});
export const saveCampaignTranslationAction = defineAction(campaignTranslation.save, { refresh: true });
export const deleteCampaignTranslationAction = defineAction(campaignTranslation.remove, { refresh: true });
export const saveAskTranslationAction = defineAction(askTranslation.save, { refresh: true });
export const deleteAskTranslationAction = defineAction(askTranslation.remove, { refresh: true });
export const saveEventTranslationAction = defineAction(eventTranslation.save, { refresh: true });
export const deleteEventTranslationAction = defineAction(eventTranslation.remove, { refresh: true });
export const saveResponseTranslationAction = defineAction(responseTranslation.save, { refresh: true });
export const deleteResponseTranslationAction = defineAction(responseTranslation.remove, { refresh: true });
export const setLetterOriginalAction = defineAction(setLetterOriginalDefinition, { refresh: true });
export const setCampaignOriginalAction = defineAction(setCampaignOriginalDefinition, { refresh: true });
