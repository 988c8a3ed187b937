import { getLocale, getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { CardListSection } from "@/components/campaign/card-list-section";
import { LetterState, LetterStateLegend } from "@/components/letter/letter-state";
import { SourceLink } from "@/components/timeline/source-link";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import type { LetterSummary } from "@/db/queries/letter-summaries";
import type { TargetWording } from "@/lib/domain/campaigns";
import { type PreciseDate, preciseDateTime } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locales";
import { letterPath } from "@/lib/domain/urls";
import { formatPreciseDate } from "@/lib/i18n/dates";
import { formatTally } from "@/lib/i18n/tally";

/** Values for a message with "<time>{date}</time>": the date in words inside a machine-readable <time>. */
function datedValues(date: PreciseDate, locale: Locale) {
  return {
    date: formatPreciseDate(date, locale),
    time: (chunks: ReactNode) => <time dateTime={preciseDateTime(date)}>{chunks}</time>,
  };
}

/** The campaign's public letters, each with its state toward the target and its tally. */
export function LetterList({
  campaignSlug,
  letters,
  who,
  sourceLabels,
}: {
  campaignSlug: string;
  letters: readonly LetterSummary[];
  who: TargetWording;
  sourceLabels: Record<string, string>;
}) {
  return (
    <CardListSection
      id="letters-heading"
      namespace="campaignPage.letters"
      who={who}
      isEmpty={letters.length === 0}
      footer={
        <div className="mt-5">
          <LetterStateLegend />
        </div>
      }
    >
      {letters.map((letter) => (
        <LetterItem key={letter.id} campaignSlug={campaignSlug} letter={letter} sourceLabels={sourceLabels} />
      ))}
    </CardListSection>
  );
}

async function LetterItem({
  campaignSlug,
  letter,
  sourceLabels,
}: {
  campaignSlug: string;
  letter: LetterSummary;
  sourceLabels: Record<string, string>;
}) {
  const [t, locale] = await Promise.all([getTranslations("campaignPage.letters"), getLocale()]);
  const href = letterPath(campaignSlug, letter.slug);
  // Whom it is to, then when it was sent (or opened for signing), then its deadline.
  const facts = [
    t("to", { name: letter.addressee }),
    letter.sent
      ? t.rich("sent", datedValues(letter.sent, locale))
      : letter.openedOn
        ? t.rich("opened", datedValues({ date: letter.openedOn, precision: "day" }, locale))
        : null,
    letter.deadline
      ? t.rich("deadline", datedValues({ date: letter.deadline, precision: "day" }, locale))
      : null,
  ].filter((fact) => fact !== null);
  return (
    <li className="rounded-lg border border-line bg-surface p-5 sm:p-6">
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
        {facts.map((fact, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the facts come in a fixed order.
          <Fragment key={index}>
            {index > 0 ? <span aria-hidden="true">·</span> : null}
            <span>{fact}</span>
          </Fragment>
        ))}
      </p>
      <p className="mt-3 text-ink">
        <span className="font-semibold">{t("signedBy")}</span> {formatTally(letter.tally, locale)}
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
}
