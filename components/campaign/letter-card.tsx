import type { ReactNode } from "react";
import { LetterState } from "@/components/letter/letter-state";
import { Link } from "@/components/ui/link";
import type { LetterClock } from "@/lib/domain/deadlines";
import type { TargetCounts } from "@/lib/domain/letter-targets";
import { campaignPath, letterPath } from "@/lib/domain/urls";

/** What a letter's card says besides the campaign and letter it names. */
type CardText = {
  /** "Campaign:", before the campaign's name. */
  campaignLabel: ReactNode;
  addressedTo: ReactNode;
  /** More padding from sm up, for a card with more to say. */
  roomy?: boolean;
  children: ReactNode;
};

/** A letter as the cross-campaign listings give it: its campaign's and its own slug and title. */
export type ListedLetter = {
  campaignSlug: string;
  campaignTitle: string;
  letterSlug: string;
  letterTitle: string;
};

/**
 * A letter where letters of several campaigns are listed (a state's page, an
 * organisation's): its campaign, its title and whom it is addressed to, then what the
 * page says about it (`children`).
 */
export function LetterCard({
  campaign,
  letter,
  campaignLabel,
  addressedTo,
  roomy = false,
  children,
}: {
  campaign: { slug: string; title: string };
  letter: { slug: string; title: string };
} & CardText) {
  return (
    <li
      className={`rounded-lg border border-line bg-surface p-5 shadow-[0_1px_2px_rgba(27,31,39,0.05)] ${roomy ? "sm:p-6" : ""}`.trim()}
    >
      <p className="text-sm text-ink-muted">
        <span className="font-semibold">{campaignLabel}</span>{" "}
        <Link href={campaignPath(campaign.slug)} className="text-ink-muted hover:text-accent-strong">
          {campaign.title}
        </Link>
      </p>
      <h3 className="mt-1 text-xl font-bold">
        <Link href={letterPath(campaign.slug, letter.slug)}>{letter.title}</Link>
      </h3>
      <p className="mt-1 text-sm text-ink-muted">{addressedTo}</p>
      {children}
    </li>
  );
}

/** Where the letter stands, introduced for screen readers by `label` ("State:"). */
export function LabelledLetterState({
  label,
  clock,
  targets,
}: {
  label: string;
  clock: LetterClock;
  targets?: TargetCounts;
}) {
  return (
    <span className="inline-flex items-center">
      <span className="sr-only">{label} </span>
      <LetterState clock={clock} targets={targets} />
    </span>
  );
}

/** The card of a letter from a cross-campaign listing, which names campaign and letter in one row. */
export function ListedLetterCard({ letter, ...text }: { letter: ListedLetter } & CardText) {
  return (
    <LetterCard
      campaign={{ slug: letter.campaignSlug, title: letter.campaignTitle }}
      letter={{ slug: letter.letterSlug, title: letter.letterTitle }}
      {...text}
    />
  );
}

/** A fact on a letter's card: sent on, deadline, signed by; a wide one takes a whole row. */
export type CardFact = { term: string; value: ReactNode; wide?: boolean };

/** The card's facts under a rule, two to a row from sm up. */
export function LetterCardFacts({ facts }: { facts: ReadonlyArray<CardFact | null> }) {
  return (
    <dl className="mt-4 grid gap-x-6 gap-y-3 border-t border-line pt-4 text-sm sm:grid-cols-2">
      {facts.map((fact) =>
        fact ? (
          <div key={fact.term} className={fact.wide ? "sm:col-span-2" : undefined}>
            <dt className="font-semibold text-ink-muted">{fact.term}</dt>
            <dd className="text-base text-ink">{fact.value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
