import { getLocale, getTranslations } from "next-intl/server";
import type { AdoptionMethod } from "@/lib/domain/un/positions";
import { formatDay } from "@/lib/i18n/dates";

export type AdoptionFacts = {
  adoption: AdoptionMethod;
  adoptedOn: string | null;
  votes: { yes: number; no: number; abstain: number } | null;
};

/** How a text was adopted, in words: "Adopted without a vote on 18 December 2019". */
export async function adoptionText({ adoption, adoptedOn, votes }: AdoptionFacts): Promise<string> {
  const [t, locale] = await Promise.all([getTranslations("resolutionText"), getLocale()]);
  if (adoption === "pending" || adoptedOn === null) return t("adoption.pending");
  const date = formatDay(adoptedOn, locale);
  if (adoption === "recorded_vote" && votes) return t("adoption.recordedVote", { date, ...votes });
  return t("adoption.withoutVote", { date });
}

/** The text's symbols as cited: "A/C.3/74/L.27 (draft), A/RES/74/166 (adopted)"; null when neither is on record. */
export async function symbolsText({
  draftSymbol,
  adoptedSymbol,
}: {
  draftSymbol: string | null;
  adoptedSymbol: string | null;
}): Promise<string | null> {
  const t = await getTranslations("resolutionText");
  if (draftSymbol && adoptedSymbol) return t("symbols.both", { draft: draftSymbol, adopted: adoptedSymbol });
  if (draftSymbol) return t("symbols.draft", { draft: draftSymbol });
  if (adoptedSymbol) return t("symbols.adopted", { adopted: adoptedSymbol });
  return null;
}
