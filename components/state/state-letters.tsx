import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { LabelledLetterState, LetterCardFacts, ListedLetterCard } from "@/components/campaign/letter-card";
import { LetterStateLegend } from "@/components/letter/letter-state";
import { PreciseTime } from "@/components/timeline/precise-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import type { StateLetter, StateRecord } from "@/db/queries/states";

/** The letters addressed to the state's targets, each on its own target's clock: answered on …, or no response for N days. */
export async function StateLetters({ letters }: { letters: readonly StateLetter[] }) {
  const t = await getTranslations("statePage");
  return (
    <Section id="letters-heading" heading={t("letters.heading")}>
      {letters.length === 0 ? (
        <EmptyState className="mt-4">{t("letters.empty")}</EmptyState>
      ) : (
        <>
          <ol className="mt-4 flex flex-col gap-4">
            {letters.map((letter) => (
              <StateLetterItem
                key={`${letter.campaignSlug}/${letter.letterSlug}/${letter.target.slug}`}
                letter={letter}
              />
            ))}
          </ol>
          <div className="mt-4">
            <LetterStateLegend />
          </div>
        </>
      )}
    </Section>
  );
}

async function StateLetterItem({ letter }: { letter: StateLetter }) {
  const t = await getTranslations("statePage");
  return (
    <ListedLetterCard
      letter={letter}
      campaignLabel={t("letters.campaign")}
      addressedTo={t("letters.addressedTo", { addressee: letter.addressee, target: letter.target.name })}
    >
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <LabelledLetterState label={t("letters.state")} clock={letter.clock} />
        {letter.isSample ? <SampleBadge /> : null}
      </div>
      <LetterCardFacts
        facts={[
          {
            term: t("letters.sent"),
            value: letter.sent ? <PreciseTime date={letter.sent} /> : t("letters.notSent"),
          },
          {
            term: t("letters.deadline"),
            value: letter.deadline ? (
              <PreciseTime date={{ date: letter.deadline, precision: "day" }} />
            ) : (
              t("letters.noDeadline")
            ),
          },
          letter.tallySentence
            ? { term: t("letters.signatories"), value: letter.tallySentence, wide: true }
            : null,
        ]}
      />
    </ListedLetterCard>
  );
}

const numberFormat = new Intl.NumberFormat("en-GB");

/** How the state's targets have answered: the target page's figures, for the whole state. */
export async function StateFigures({ figures }: { figures: StateRecord["figures"] }) {
  const [t, tTargets] = await Promise.all([getTranslations("statePage"), getTranslations("targetsPage")]);
  const items: Array<[string, string]> = [
    [tTargets("columns.sent"), numberFormat.format(figures.lettersSent)],
    [tTargets("columns.answered"), numberFormat.format(figures.answered)],
    [
      tTargets("columns.median"),
      figures.medianDaysToAnswer === null
        ? tTargets("noAnswers")
        : tTargets("median", {
            days: figures.medianDaysToAnswer,
            approximate: figures.medianApproximate ? "yes" : "no",
          }),
    ],
    [tTargets("columns.awaiting"), numberFormat.format(figures.awaiting)],
    [tTargets("columns.overdue"), numberFormat.format(figures.overdue)],
  ];
  return (
    <Section id="figures-heading" heading={t("figures.heading")}>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {items.map(([term, value]) => (
          <div key={term} className="rounded-lg border border-line bg-surface p-4">
            <dt className="text-sm font-semibold text-ink-muted">{term}</dt>
            <dd className="mt-1 text-2xl font-bold text-ink tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 max-w-3xl text-sm text-ink-muted">{t("figures.note")}</p>
    </Section>
  );
}
