import { getFormatter, getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { ClockFigures } from "@/lib/domain/letter-targets";

/** The median days to answer, "about" when a date in it is known only to the month or year. */
export async function medianText(figures: ClockFigures): Promise<string> {
  const t = await getTranslations("targetsPage");
  return figures.medianDaysToAnswer === null
    ? t("noAnswers")
    : t("median", {
        days: figures.medianDaysToAnswer,
        approximate: figures.medianApproximate ? "yes" : "no",
      });
}

/** How a target (or a state's targets) answered, as the targets page counts it, in tiles. */
export async function ClockFiguresSection({
  figures,
  heading,
  note,
}: {
  figures: ClockFigures;
  heading: string;
  note: string;
}) {
  const [t, format] = await Promise.all([getTranslations("targetsPage"), getFormatter()]);
  // A figure in words ("No answers yet") is set smaller than a number.
  const items: Array<[string, string, boolean]> = [
    [t("columns.sent"), format.number(figures.lettersSent), false],
    [t("columns.answered"), format.number(figures.answered), false],
    [t("columns.median"), await medianText(figures), figures.medianDaysToAnswer === null],
    [t("columns.awaiting"), format.number(figures.awaiting), false],
    [t("columns.overdue"), format.number(figures.overdue), false],
  ];
  return (
    <Section id="figures-heading" heading={heading}>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {items.map(([term, value, words]) => (
          <div
            key={term}
            className="flex flex-col justify-between gap-1 rounded-lg border border-line bg-surface p-4"
          >
            <dt className="text-sm font-semibold text-ink-muted">{term}</dt>
            <dd
              className={
                words ? "text-base font-semibold text-ink-muted" : "text-2xl font-bold text-ink tabular-nums"
              }
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 max-w-3xl text-sm text-ink-muted">{note}</p>
    </Section>
  );
}
