import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { sourceLink } from "@/components/letter/source-link";
import { changeMark, type MarkWords, PositionLabel } from "@/components/resolution/position-mark";
import { PreciseTime } from "@/components/timeline/precise-time";
import { SourceLink } from "@/components/timeline/source-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
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

const CHANGES_TABLE = [
  "min-w-full border-collapse text-left text-sm",
  "[&_caption]:sr-only",
  "[&_td]:border-t [&_td]:border-line [&_td]:px-2 [&_td]:py-1.5 [&_td]:align-top",
  "[&_tbody_th]:border-t [&_tbody_th]:border-line [&_tbody_th]:px-2 [&_tbody_th]:py-1.5 [&_tbody_th]:align-top",
  "[&_thead_th]:px-2 [&_thead_th]:py-2 [&_thead_th]:font-semibold [&_thead_tr]:border-b-2 [&_thead_tr]:border-ink",
  "[&_th[scope=colgroup]]:bg-paper-deep [&_th[scope=colgroup]]:pt-3 [&_th[scope=colgroup]]:font-serif [&_th[scope=colgroup]]:text-base [&_th[scope=colgroup]]:font-bold",
  "[&_small]:ml-2 [&_small]:text-xs [&_small]:font-semibold [&_small]:whitespace-nowrap [&_small]:text-warning",
].join(" ");

/**
 * Sessions' changes, newest first, one row a change under its session's heading: plainly
 * marked up, since a long line can carry hundreds of them.
 */
export async function ChangesTable({
  sessions,
  words,
  caption,
}: {
  sessions: ReadonlyArray<{ text: MatrixText; changes: readonly Change[] }>;
  words: MarkWords;
  caption: string;
}) {
  const [t, tCards] = await Promise.all([getTranslations("resolutionPage"), getTranslations("homeCards")]);
  const sample = tCards("sample");
  return (
    <ScrollRegion labelledBy="changes-caption" hint={t("changes.scrollHint")}>
      <table className={CHANGES_TABLE}>
        <caption id="changes-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("changes.columns.state")}</th>
            <th scope="col">{t("changes.columns.change")}</th>
            <th scope="col">{t("changes.columns.position")}</th>
            <th scope="col">{t("changes.columns.date")}</th>
            <th scope="col">{t("changes.columns.source")}</th>
          </tr>
        </thead>
        {sessions.map(({ text, changes }) => (
          <tbody key={text.id}>
            <tr>
              <th scope="colgroup" colSpan={5}>
                {text.session.label}
              </th>
            </tr>
            {ORDER.flatMap((kind) => changes.filter((change) => change.change === kind)).map(
              ({ state, change, record }) => {
                const source = sourceLink(record.sourceUrl);
                return (
                  <tr key={state.iso3}>
                    <th scope="row">
                      <a href={statePath(state.iso3)}>{state.name}</a>
                    </th>
                    <td>{changeMark(change, words)}</td>
                    <td>{words.label[record.kind]}</td>
                    <td>
                      <PreciseTime date={{ date: record.date, precision: record.precision }} />
                    </td>
                    <td>
                      {source ? (
                        <a href={source.href} rel="external noopener">
                          {record.sourceLabel?.trim() || source.host}
                        </a>
                      ) : null}
                      {record.isSample ? <small>{sample}</small> : null}
                    </td>
                  </tr>
                );
              },
            )}
          </tbody>
        ))}
      </table>
    </ScrollRegion>
  );
}

/** The sessions where a change is on record, newest first, each with its changes. */
export function sessionsWithChanges(texts: readonly MatrixText[], changes: readonly Change[]) {
  return [...texts]
    .reverse()
    .map((text) => ({ text, changes: changes.filter((c) => c.textId === text.id) }))
    .filter((session) => session.changes.length > 0);
}
