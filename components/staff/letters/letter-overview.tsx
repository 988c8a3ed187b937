import { getLocale, getTranslations } from "next-intl/server";
import { LetterState } from "@/components/letter/letter-state";
import { Link } from "@/components/ui/link";
import type { StaffLetter } from "@/db/queries/staff-letters";
import { preciseDate } from "@/lib/domain/dates";
import { letterRetentionPlan } from "@/lib/domain/personal-data";
import { formatDay, formatPreciseDate } from "@/lib/i18n/dates";
import { formatTally } from "@/lib/i18n/tally";
import { LetterStatusBadge } from "./letter-status-badge";

/** Where the letter stands: status, targets, dates, response deadline and the public clock (each target's too). */
export async function LetterOverview({ letter }: { letter: StaffLetter }) {
  const [t, locale] = await Promise.all([getTranslations("staffLetters.overview"), getLocale()]);
  const day = (date: string | Date) => formatDay(date, locale);
  const summary = letter.summary;
  const rows: Array<{ key: string; label: string; value: React.ReactNode }> = [
    { key: "status", label: t("status"), value: <LetterStatusBadge status={letter.status} /> },
    {
      key: "campaign",
      label: t("campaign"),
      value: <Link href={`/staff/campaigns/${letter.campaign.id}`}>{letter.campaign.title}</Link>,
    },
    {
      key: "addressee",
      label: t("addressee"),
      value:
        letter.targets.length === 1 ? (
          `${letter.targets[0]!.addressee} (${letter.targets[0]!.name})`
        ) : (
          <>
            {letter.addressee}
            <ul className="mt-1 text-sm">
              {letter.targets.map((target) => (
                <li key={target.id}>
                  <span className="font-semibold">{target.name}</span> · {target.addressee}
                </li>
              ))}
            </ul>
          </>
        ),
    },
  ];
  if (letter.openedOn) rows.push({ key: "opened", label: t("opened"), value: day(letter.openedOn) });
  if (letter.sentOn) {
    rows.push({
      key: "sent",
      label: t("sent"),
      value: formatPreciseDate(preciseDate(letter.sentOn, letter.sentPrecision, letter.sentEnd), locale),
    });
  }
  rows.push({
    key: "deadline",
    label: t("deadline"),
    value: summary?.deadline
      ? t("deadlineDate", { date: day(summary.deadline) })
      : letter.status === "draft" || letter.status === "collecting"
        ? t(`rule.${letter.deadlineRule}`, {
            date: letter.deadlineDate ? day(letter.deadlineDate) : "",
            days: letter.deadlineDays ?? 0,
          })
        : t("noDeadline"),
  });
  // Responses are recorded on the campaign page.
  const awaitingResponse = letter.status === "sent" && summary?.clock.state !== "answered";
  const recordResponse = awaitingResponse ? (
    <Link href={`/staff/campaigns/${letter.campaign.id}#responses`} className="text-sm">
      {t("recordResponse")}
    </Link>
  ) : null;
  if (summary && summary.clock.state !== "collecting") {
    rows.push({
      key: "clock",
      label: t("clock"),
      value: (
        <>
          <LetterState clock={summary.clock} targets={summary.targetCounts} />
          {summary.targets.length > 1 ? (
            // Each target on its own clock.
            <ul className="mt-2 flex flex-col gap-1 text-sm">
              {summary.targets.map((target) => (
                <li key={target.targetId} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className="font-semibold">{target.name}</span>
                  <LetterState clock={target.clock} />
                </li>
              ))}
            </ul>
          ) : null}
          {recordResponse ? <span className="mt-1 block">{recordResponse}</span> : null}
        </>
      ),
    });
  } else if (recordResponse) {
    rows.push({ key: "clock", label: t("clock"), value: recordResponse });
  }
  if (summary) rows.push({ key: "tally", label: t("tally"), value: formatTally(summary.tally, locale) });
  const plan = letterRetentionPlan({
    retentionMonths: letter.retentionMonths,
    closedAt: letter.closedAt ? new Date(letter.closedAt) : null,
    personalDataErasedAt: letter.personalDataErasedAt ? new Date(letter.personalDataErasedAt) : null,
  });
  rows.push({
    key: "personalData",
    label: t("personalData"),
    value:
      plan.state === "until_closed"
        ? t("retention.untilClosed", {
            months: plan.months,
            own: letter.retentionMonths === null ? "no" : "yes",
          })
        : t(`retention.${plan.state}`, { date: day(plan.at) }),
  });

  return (
    <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-1">
      {rows.map((row) => (
        <div key={row.key} className="min-w-0">
          <dt className="text-sm font-semibold text-ink-muted">{row.label}</dt>
          {/* Badges keep to one line elsewhere; in this narrow card they may wrap. */}
          <dd className="mt-0.5 break-words [&>span]:whitespace-normal">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
