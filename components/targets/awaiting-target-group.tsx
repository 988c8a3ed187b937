import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LabelledLetterState, LetterCardFacts, ListedLetterCard } from "@/components/campaign/letter-card";
import { dayTag, timeTag } from "@/components/organisation/precise-time";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AwaitingLetter, AwaitingTargetGroup } from "@/db/queries/public-targets";
import { targetPath } from "@/lib/domain/urls";
import { formatDay, formatPreciseDate } from "@/lib/i18n/dates";
import { formatTally } from "@/lib/i18n/tally";

/** The anchor of a target's group on the awaiting-response page. */
export function awaitingTargetAnchor(slug: string): string {
  return `target-${slug}`;
}

/** One target's letters that wait for a response, most overdue first. */
export async function AwaitingTargetGroupSection({ group }: { group: AwaitingTargetGroup }) {
  const t = await getTranslations("awaitingPage");
  const headingId = `${awaitingTargetAnchor(group.target.slug)}-heading`;
  // "Asia/Seoul" reads as "Seoul time (Asia/Seoul)"; zones without a city ("UTC") as they are.
  const timeZoneLabel = (zone: string) => {
    const city = zone.includes("/") ? zone.split("/").at(-1)!.replace(/_/g, " ") : null;
    return city
      ? t("timeZone", { city, zone })
      : zone === "UTC"
        ? t("timeZoneUtc")
        : t("timeZone", { city: zone, zone });
  };
  return (
    <section id={awaitingTargetAnchor(group.target.slug)} aria-labelledby={headingId} className="scroll-mt-4">
      <div className="border-b-2 border-ink pb-2">
        <h2 id={headingId} className="text-3xl font-bold">
          <Link
            href={targetPath(group.target.slug)}
            className="text-ink decoration-1 underline-offset-4 hover:text-accent-strong"
          >
            {group.target.name}
          </Link>
        </h2>
        <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-ink-muted">
          <span>{t("targetCount", { count: group.letters.length, overdue: group.overdue })}</span>
          <span>{timeZoneLabel(group.target.timeZone)}</span>
        </p>
      </div>
      <ol className="mt-5 flex flex-col gap-4">
        {group.letters.map((letter) => (
          <AwaitingLetterItem key={`${letter.campaignSlug}/${letter.letterSlug}`} letter={letter} />
        ))}
      </ol>
    </section>
  );
}

async function AwaitingLetterItem({ letter }: { letter: AwaitingLetter }) {
  const [t, locale] = await Promise.all([getTranslations("awaitingPage"), getLocale()]);
  const { clock, deadline } = letter;
  let deadlineText: ReactNode = t("noDeadline");
  if (deadline) {
    const date = formatDay(deadline, locale);
    deadlineText =
      clock.state === "overdue"
        ? t.rich("deadlinePassed", { date, days: clock.daysOverdue, time: dayTag(deadline) })
        : t.rich("deadlineAhead", { date, days: Math.max(clock.daysLeft ?? 0, 0), time: dayTag(deadline) });
  }
  return (
    <ListedLetterCard
      letter={letter}
      campaignLabel={t("campaign")}
      addressedTo={t("addressedTo", { addressee: letter.addressee })}
      roomy
    >
      {letter.targetCount > 1 ? (
        <p className="mt-1 text-sm text-ink-muted">{t("oneOfTargets", { count: letter.targetCount })}</p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <LabelledLetterState label={t("state")} clock={clock} />
        {letter.isSample ? <StatusBadge tone="warning">{t("sampleLetter")}</StatusBadge> : null}
      </div>
      <LetterCardFacts
        facts={[
          { term: t("sent"), value: timeTag(letter.sent)(formatPreciseDate(letter.sent, locale)) },
          { term: t("deadline"), value: deadlineText },
          { term: t("signatories"), value: formatTally(letter.tally, locale), wide: true },
        ]}
      />
    </ListedLetterCard>
  );
}
