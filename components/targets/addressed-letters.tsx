import { getLocale, getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { LabelledLetterState, LetterCardFacts, ListedLetterCard } from "@/components/campaign/letter-card";
import { LetterStateLegend } from "@/components/letter/letter-state";
import { PreciseTime } from "@/components/timeline/precise-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import type { TargetLetter } from "@/db/queries/target-letters";
import { formatTally } from "@/lib/i18n/tally";

/**
 * The letters addressed to some targets (a target's own, or a state's governments'), each
 * on its own target's clock: answered on …, or no response for N days.
 */
export async function AddressedLetters({
  letters,
  heading,
  empty,
  nameTarget,
}: {
  letters: readonly TargetLetter[];
  heading: string;
  empty: string;
  /** Say which target each letter went to: on a state's page, which of its governments. */
  nameTarget: boolean;
}) {
  return (
    <Section id="letters-heading" heading={heading}>
      {letters.length === 0 ? (
        <EmptyState className="mt-4">{empty}</EmptyState>
      ) : (
        <>
          <ol className="mt-4 flex flex-col gap-4">
            {letters.map((letter) => (
              <AddressedLetterItem
                key={`${letter.campaignSlug}/${letter.letterSlug}/${letter.target.slug}`}
                letter={letter}
                nameTarget={nameTarget}
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

async function AddressedLetterItem({ letter, nameTarget }: { letter: TargetLetter; nameTarget: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("addressedLetters"), getLocale()]);
  return (
    <ListedLetterCard
      letter={letter}
      campaignLabel={t("campaign")}
      addressedTo={
        nameTarget
          ? t("addressedTo", { addressee: letter.addressee, target: letter.target.name })
          : t("addressedToLine", { addressee: letter.addressee })
      }
    >
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <LabelledLetterState label={t("state")} clock={letter.clock} />
        {letter.isSample ? <SampleBadge /> : null}
      </div>
      <LetterCardFacts
        facts={[
          {
            term: t("sent"),
            value: letter.sent ? <PreciseTime date={letter.sent} /> : t("notSent"),
          },
          {
            term: t("deadline"),
            value: letter.deadline ? (
              <PreciseTime date={{ date: letter.deadline, precision: "day" }} />
            ) : (
              t("noDeadline")
            ),
          },
          { term: t("signatories"), value: formatTally(letter.tally, locale), wide: true },
        ]}
      />
    </ListedLetterCard>
  );
}
