import { getLocale, getTranslations } from "next-intl/server";
import { timelineEntryText, timelineKindLabel } from "@/components/timeline/entry-text";
import { Icon } from "@/components/timeline/icon";
import { PreciseTime } from "@/components/timeline/precise-time";
import { SourceLink } from "@/components/timeline/source-link";
import { Link } from "@/components/ui/link";
import type { TimelineEntry } from "@/lib/domain/timeline";
import { letterPath, resolutionPath } from "@/lib/domain/urls";

const MARKER: Record<TimelineEntry["kind"], string> = {
  event: "border-line-strong bg-surface text-ink",
  position: "border-ink bg-paper-deep text-ink",
  letter_opened: "border-accent bg-surface text-accent",
  letter_sent: "border-accent bg-accent text-white",
  response: "border-success bg-success-soft text-success",
  ask_decision: "border-ink bg-surface text-ink",
  non_response: "border-danger bg-danger text-white",
};

/** One entry on a campaign's timeline: its date, what kind of thing it is, what happened, and the source. */
export async function TimelineEntryView({
  entry,
  campaignSlug,
  sourceLabels,
}: {
  entry: TimelineEntry;
  campaignSlug: string;
  sourceLabels: Record<string, string>;
}) {
  const [t, locale] = await Promise.all([getTranslations("timeline"), getLocale()]);
  const missed = entry.kind === "non_response";
  const upcoming = entry.kind === "ask_decision" && entry.upcoming;

  const kindLabel = timelineKindLabel(t, entry);
  const { title, detail } = timelineEntryText(t, entry, locale);

  const box = missed
    ? "border-l-4 border-danger bg-danger-soft px-4 py-3"
    : upcoming
      ? "border border-dashed border-accent bg-accent-soft px-4 py-3"
      : "";

  return (
    <div className="relative pl-12">
      <span
        aria-hidden="true"
        className={`absolute top-0 left-0 flex size-9 items-center justify-center rounded-full border-2 ${MARKER[entry.kind]}`}
      >
        <Icon name={entry.kind} className="size-[1.1rem]" />
      </span>
      <div className={`rounded-md ${box}`.trim()}>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <PreciseTime date={entry.date} className="font-semibold text-ink" />
          <span
            className={`text-xs font-bold tracking-wider uppercase ${missed ? "text-danger" : "text-ink-muted"}`}
          >
            {kindLabel}
          </span>
          {upcoming ? (
            <span className="inline-flex items-center gap-1 rounded-full border border-accent/40 bg-surface px-2 py-0.5 text-xs font-semibold text-accent-strong">
              <Icon name="calendar" className="size-3.5" />
              {t("upcoming")}
              {entry.countdownDays !== null ? ` · ${t("countdown", { days: entry.countdownDays })}` : null}
            </span>
          ) : null}
        </p>
        <h3
          className={`mt-1 font-serif text-lg leading-snug font-semibold text-ink ${entry.retracted ? "line-through decoration-1" : ""}`.trim()}
        >
          {entry.letterSlug ? (
            <Link
              href={letterPath(campaignSlug, entry.letterSlug)}
              className="text-ink hover:text-accent-strong"
            >
              {title}
            </Link>
          ) : entry.position ? (
            <Link
              href={resolutionPath(entry.position.resolutionSlug)}
              className="text-ink hover:text-accent-strong"
            >
              {title}
            </Link>
          ) : (
            title
          )}
        </h3>
        {detail ? (
          <p
            className={`mt-1 ${missed ? "font-semibold text-danger" : "text-ink-muted"} ${entry.retracted ? "line-through decoration-1" : ""}`.trim()}
          >
            {detail}
          </p>
        ) : null}
        {entry.stance ? (
          <p className="mt-1 text-sm text-ink-muted">
            {t("stance", { stance: t(`stances.${entry.stance}`) })}
          </p>
        ) : null}
        {entry.retracted ? (
          <p className="mt-2 text-sm font-semibold text-ink">
            {t("retracted", { reason: entry.retracted.reason })}
          </p>
        ) : null}
        {entry.sources.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {entry.sources.map((source) => (
              <li key={source.url}>
                <SourceLink url={source.url} label={source.label ?? sourceLabels[source.url]} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
