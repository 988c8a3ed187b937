import { createTranslator } from "next-intl";
import { messages } from "@/messages/en";

/*
 * The share cards' alt text. Next reads an opengraph-image's `alt` as a constant, before
 * any request, so it is worded for every campaign or letter alike.
 */
const t = createTranslator({ locale: "en-GB", messages, namespace: "share" });

export const CAMPAIGN_CARD_ALT = t("campaignAlt");
export const LETTER_CARD_ALT = t("letterAlt");
export const SITE_CARD_ALT = t("siteAlt");
