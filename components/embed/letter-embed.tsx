import { getLocale, getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { LetterState } from "@/components/letter/letter-state";
import { signingWindow } from "@/components/signing/signing-window";
import { buttonClasses } from "@/components/ui/button";
import type { LetterPage } from "@/db/queries/public-letters";
import { letterPath, letterSignPath } from "@/lib/domain/urls";
import { formatDay } from "@/lib/i18n/dates";
import { formatTally } from "@/lib/i18n/tally";
import { EmbedFrame, ExternalLink } from "./embed-frame";

/** A letter's widget: its state, its tally, to whom it went, and a way to sign while it takes signatures. */
export async function LetterEmbed({ page }: { page: LetterPage }) {
  const [t, tLetter, tSign, locale] = await Promise.all([
    getTranslations("embed"),
    getTranslations("letterPage"),
    getTranslations("signing.cta"),
    getLocale(),
  ]);
  const { letter } = page;
  const full = letterPath(letter.campaignSlug, letter.slug);
  const open = signingWindow(letter).state === "open";
  const signed = letter.tally.organisations + letter.tally.individuals > 0;
  return (
    <EmbedFrame fullHref={full} asOf={formatDay(letter.asOf, locale)}>
      <header className="flex flex-col gap-2">
        <h1 className="text-xl leading-snug font-bold">
          <ExternalLink href={full} className="text-ink no-underline hover:underline">
            {letter.title}
          </ExternalLink>
        </h1>
        <p className="flex flex-wrap items-center gap-2">
          <LetterState clock={letter.clock} targets={letter.targetCounts} />
          {letter.isSample || page.campaignIsSample ? <SampleBadge /> : null}
        </p>
      </header>
      <p className="border-l-4 border-accent pl-3">
        {signed ? (
          <span className="block text-xs font-semibold tracking-wide text-ink-muted uppercase">
            {tLetter(letter.status === "collecting" ? "signedSoFar" : "signedBy")}
          </span>
        ) : null}
        <span className="block font-serif text-lg leading-snug font-bold">
          {formatTally(letter.tally, locale)}
        </span>
      </p>
      <p className="text-sm text-ink-muted">
        {t("to", { addressee: letter.addressee })} · {letter.campaignTitle}
      </p>
      {open ? (
        <p>
          <ExternalLink
            href={letterSignPath(letter.campaignSlug, letter.slug)}
            className={buttonClasses("primary")}
          >
            {tSign("button")}
            <span aria-hidden="true">→</span>
          </ExternalLink>
        </p>
      ) : null}
    </EmbedFrame>
  );
}
