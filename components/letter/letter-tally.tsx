import { getLocale, getTranslations } from "next-intl/server";
import type { LetterSummary } from "@/db/queries/letter-summaries";
import { formatTally } from "@/lib/i18n/tally";

/**
 * The tally as people say it, set large: "Signed by 67 organisations and 10 individuals",
 * and under it how many signatures left after sending at their signers' request.
 */
export async function LetterTally({ letter, className = "" }: { letter: LetterSummary; className?: string }) {
  const [t, locale] = await Promise.all([getTranslations("letterPage"), getLocale()]);
  const signed = letter.tally.organisations + letter.tally.individuals > 0;
  return (
    <p className={`border-l-4 border-accent bg-surface px-4 py-3 sm:px-5 sm:py-4 ${className}`.trim()}>
      {signed ? (
        <span className="block text-sm font-semibold tracking-wide text-ink-muted uppercase">
          {t(letter.status === "collecting" ? "signedSoFar" : "signedBy")}
        </span>
      ) : null}
      <span className="block font-serif text-xl leading-snug font-bold text-ink sm:text-3xl">
        {formatTally(letter.tally, locale)}
      </span>
      {letter.removedOnRequest > 0 ? (
        // The record changed after sending: it says so, and names no one.
        <span className="mt-1 block text-ink-muted">
          {t("removedOnRequest", { count: letter.removedOnRequest })}
        </span>
      ) : null}
    </p>
  );
}
