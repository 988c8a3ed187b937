import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { changeMark, type MarkWords, PositionLabel } from "@/components/resolution/position-mark";
import { PreciseTime } from "@/components/timeline/precise-time";
import { SourceLink } from "@/components/timeline/source-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import type { MatrixText, SourcedPositionRecord } from "@/db/queries/resolutions";
import type { SponsorshipChange, SponsorshipChangeKind } from "@/lib/domain/un/position-changes";
import { statePath } from "@/lib/domain/urls";

type Change = SponsorshipChange<SourcedPositionRecord>;

const ORDER: SponsorshipChangeKind[] = ["joined", "dropped", "returned"];

/** One change: who, what the record says, when, and the source. */
async function ChangeItem({ change, words }: { change: Change; words: MarkWords }) {
  const { record } = change;
  return (
    <li className="flex flex-col gap-0.5 border-t border-line py-2 first:border-t-0 sm:flex-row sm:flex-wrap sm:items-baseline sm:gap-x-3">
      <Link href={statePath(change.state.iso3)} className="font-semibold">
        {change.state.name}
      </Link>
      <span className="text-sm">
        {changeMark(change.change, words)} · <PositionLabel kind={record.kind} words={words} />
      </span>
      <span className="text-sm text-ink-muted">
        <PreciseTime date={{ date: record.date, precision: record.precision }} />
      </span>
      {record.sourceUrl ? (
        <span className="text-sm">
          <SourceLink url={record.sourceUrl} label={record.sourceLabel} />
        </span>
      ) : null}
      {record.isSample ? <SampleBadge /> : null}
    </li>
  );
}

/** The session's changes, joined then dropped then returned, each under its own heading. */
async function ChangeGroups({
  changes,
  words,
  headingLevel,
}: {
  changes: readonly Change[];
  words: MarkWords;
  headingLevel: "h3" | "h4";
}) {
  const t = await getTranslations("resolutionPage");
  const Heading = headingLevel;
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-3">
      {ORDER.flatMap((kind) => {
        const ofKind = changes.filter((c) => c.change === kind);
        if (ofKind.length === 0) return [];
        return [
          <div key={kind}>
            <Heading className="font-sans text-base font-bold">
              {t(`changes.heading.${kind}`, { count: ofKind.length })}
            </Heading>
            <ul className="mt-1">
              {ofKind.map((change) => (
                <ChangeItem key={change.record.id} change={change} words={words} />
              ))}
            </ul>
          </div>,
        ];
      })}
    </div>
  );
}

/**
 * The news first, above the matrix: who joined, dropped or returned to the co-sponsors at
 * the latest session with anything on record, so a phone reader need not scroll a table.
 */
export async function SessionChanges({
  text,
  changes,
  words,
}: {
  /** The latest session with a position on record; null when there is none. */
  text: MatrixText | null;
  changes: readonly Change[];
  words: MarkWords;
}) {
  const t = await getTranslations("resolutionPage");
  return (
    <Section
      id="changes-heading"
      heading={text ? t("changes.title", { session: text.session.label }) : t("changes.titleNone")}
      intro={text ? t("changes.intro") : undefined}
    >
      {text === null ? (
        <EmptyState className="mt-3">{t("changes.nothingOnRecord")}</EmptyState>
      ) : changes.length === 0 ? (
        <EmptyState className="mt-3">{t("changes.none", { session: text.session.label })}</EmptyState>
      ) : (
        <ChangeGroups changes={changes} words={words} headingLevel="h3" />
      )}
    </Section>
  );
}

/** Every other session's changes, newest first, folded away under the matrix. */
export async function EarlierChanges({
  sessions,
  words,
}: {
  sessions: ReadonlyArray<{ text: MatrixText; changes: readonly Change[] }>;
  words: MarkWords;
}) {
  if (sessions.length === 0) return null;
  const t = await getTranslations("resolutionPage");
  const count = sessions.reduce((sum, s) => sum + s.changes.length, 0);
  return (
    <details className="rounded-lg border border-line bg-surface px-4 py-3">
      <summary className="cursor-pointer font-semibold">{t("changes.earlier", { count })}</summary>
      <div className="mt-2 flex flex-col gap-5">
        {sessions.map(({ text, changes }) => (
          <section key={text.id} aria-labelledby={`changes-${text.id}`}>
            <h3 id={`changes-${text.id}`} className="text-lg font-bold">
              {text.session.label}
            </h3>
            <ChangeGroups changes={changes} words={words} headingLevel="h4" />
          </section>
        ))}
      </div>
    </details>
  );
}
