import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { LetterState, LetterStateLegend } from "@/components/letter/letter-state";
import { SourceLink } from "@/components/timeline/source-link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import type { LetterSummary } from "@/db/queries/letter-summaries";
import { formatPreciseDate, type PreciseDate, preciseDateTime } from "@/lib/domain/dates";
import { letterPath } from "@/lib/domain/urls";

/** Values for a message with "<time>{date}</time>": the date in words inside a machine-readable <time>. */
function datedValues(date: PreciseDate) {
  return {
    date: formatPreciseDate(date),
    time: (chunks: ReactNode) => <time dateTime={preciseDateTime(date)}>{chunks}</time>,
  };
}

/** The campaign's public letters, each with its state toward the target and its tally. */
export async function LetterList({
  campaignSlug,
  letters,
  sourceLabels,
}: {
  campaignSlug: string;
  letters: readonly LetterSummary[];
  sourceLabels: Record<string, string>;
}) {
  const t = await getTranslations("campaignPage.letters");
  return (
    <Section id="letters-heading" heading={t("heading")} intro={t("intro")}>
      {letters.length === 0 ? (
        <EmptyState className="mt-6">{t("empty")}</EmptyState>
      ) : (
        <ul className="mt-6 flex flex-col gap-5">
          {letters.map((letter) => {
            const href = letterPath(campaignSlug, letter.slug);
            return (
              <li key={letter.id} className="rounded-lg border border-line bg-surface p-5 sm:p-6">
                <div className="flex flex-wrap items-center gap-2">
                  <LetterState clock={letter.clock} targets={letter.targetCounts} />
                  {letter.isSample ? <SampleBadge /> : null}
                </div>
                <h3 className="mt-3 text-xl font-bold">
                  <Link href={href} className="text-ink hover:text-accent-strong">
                    {letter.title}
                  </Link>
                </h3>
                <p className="mt-2 flex flex-wrap gap-x-2 text-sm text-ink-muted">
                  <span>{t("to", { name: letter.addressee })}</span>
                  {letter.sent ? (
                    <>
                      <span aria-hidden="true">·</span>
                      <span>{t.rich("sent", datedValues(letter.sent))}</span>
                    </>
                  ) : letter.openedOn ? (
                    <>
                      <span aria-hidden="true">·</span>
                      <span>
                        {t.rich("opened", datedValues({ date: letter.openedOn, precision: "day" }))}
                      </span>
                    </>
                  ) : null}
                  {letter.deadline ? (
                    <>
                      <span aria-hidden="true">·</span>
                      <span>
                        {t.rich("deadline", datedValues({ date: letter.deadline, precision: "day" }))}
                      </span>
                    </>
                  ) : null}
                </p>
                <p className="mt-3 text-ink">
                  <span className="font-semibold">{t("signedBy")}</span> {letter.tally.sentence}
                </p>
                <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
                  {letter.clock.state === "collecting" ? (
                    <Link href={href} className={buttonClasses("primary")}>
                      {t("sign")}
                    </Link>
                  ) : null}
                  {letter.sourceUrl ? (
                    <SourceLink url={letter.sourceUrl} label={sourceLabels[letter.sourceUrl]} />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {letters.length > 0 ? (
        <div className="mt-5">
          <LetterStateLegend />
        </div>
      ) : null}
    </Section>
  );
}
