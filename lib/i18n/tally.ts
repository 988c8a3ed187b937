import type { Locale } from "@/lib/domain/locales";
import { type TallyCounts, type TallyWords, wordTally } from "@/lib/domain/tally";
import { catalogTranslator } from "./catalogs";

/*
 * A letter's tally in the reader's language, from the catalog's "tally" namespace:
 * "67 organisations and 10 individuals", "단체 67곳과 개인 10명". (The English `sentence` a
 * Tally carries is the public API's, worded in lib/domain/tally.ts.)
 */

const wordsByLocale = new Map<Locale, TallyWords>();

function tallyWords(locale: Locale): TallyWords {
  let words = wordsByLocale.get(locale);
  if (!words) {
    const t = catalogTranslator({ locale, namespace: "tally" });
    words = {
      none: t("none"),
      organisations: (count) => t("organisations", { count }),
      individuals: (count) => t("individuals", { count }),
      otherGroups: (count) => t("otherGroups", { count }),
      both: (first, second) => t("both", { first, second }),
      coalition: ({ name, shortName, label }) =>
        t("coalition", {
          name,
          shortName: shortName ?? "",
          hasShortName: shortName ? "yes" : "no",
          label,
          // A worded label ("over 300") is never a lone "1", so only a bare number can be singular.
          single: label === "1" ? "yes" : "no",
        }),
      listNext: (list, item) => t("listNext", { list, item }),
      listLast: (list, item) => t("listLast", { list, item }),
      joined: (lead, joiners) => t("joined", { lead, joiners }),
    };
    wordsByLocale.set(locale, words);
  }
  return words;
}

/** The tally as `locale` says it: "ICNK, representing over 300 groups, joined by 10 individuals". */
export function formatTally(tally: TallyCounts, locale: Locale): string {
  return wordTally(tally, tallyWords(locale));
}
