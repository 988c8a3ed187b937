import "server-only";
import { letterPath, letterSignatoriesPath } from "@/lib/domain/urls";
import { siteUrl } from "@/lib/server/env";
import type { LetterShare } from "./next-step";

/** What the pages after signing offer to pass on: the letter's public address and its tally. */
export function letterShare(letter: { campaignSlug: string; slug: string; title: string }): LetterShare {
  return {
    url: `${siteUrl()}${letterPath(letter.campaignSlug, letter.slug)}`,
    title: letter.title,
    tallyHref: letterSignatoriesPath(letter.campaignSlug, letter.slug),
  };
}
