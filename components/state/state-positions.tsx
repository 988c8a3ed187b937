import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { type MarkWords, markWords, PositionLabel } from "@/components/resolution/position-mark";
import { PreciseTime } from "@/components/timeline/precise-time";
import { SourceLine } from "@/components/timeline/source-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { Section } from "@/components/ui/section";
import type { StatePosition } from "@/db/queries/states";
import { resolutionPath } from "@/lib/domain/urls";

type Line = {
  resolution: StatePosition["resolution"];
  body: StatePosition["body"];
  positions: StatePosition[];
};

/** The positions grouped by resolution line, each line and each list newest first. */
function byLine(positions: readonly StatePosition[]): Line[] {
  const lines = new Map<string, Line>();
  for (const position of positions) {
    const line = lines.get(position.resolution.slug) ?? {
      resolution: position.resolution,
      body: position.body,
      positions: [],
    };
    line.positions.push(position);
    lines.set(position.resolution.slug, line);
  }
  // The query gives them oldest session first: the last one is each line's latest.
  const latest = (line: Line) => line.positions.at(-1)!.session.startsOn;
  return [...lines.values()]
    .map((line) => ({ ...line, positions: [...line.positions].reverse() }))
    .sort((a, b) => latest(b).localeCompare(latest(a)));
}

/** A state's positions across resolutions and years, with their dates and sources. */
export async function StatePositions({ positions }: { positions: readonly StatePosition[] }) {
  const [t, words] = await Promise.all([getTranslations("statePage"), markWords()]);
  return (
    <Section id="positions-heading" heading={t("positions.heading")} intro={t("positions.intro")}>
      {positions.length === 0 ? (
        <EmptyState className="mt-4">{t("positions.empty")}</EmptyState>
      ) : (
        <div className="mt-5 flex flex-col gap-8">
          {byLine(positions).map((line) => (
            <section key={line.resolution.slug} aria-labelledby={`line-${line.resolution.slug}`}>
              <p className="text-sm font-semibold text-ink-muted">{line.body.name}</p>
              <h3 id={`line-${line.resolution.slug}`} className="text-xl font-bold">
                <Link href={resolutionPath(line.resolution.slug)}>{line.resolution.title}</Link>
              </h3>
              <ol className="mt-3 flex flex-col rounded-lg border border-line bg-surface">
                {line.positions.map((position) => (
                  <PositionItem key={position.id} position={position} words={words} />
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </Section>
  );
}

async function PositionItem({ position, words }: { position: StatePosition; words: MarkWords }) {
  const t = await getTranslations("statePage");
  const symbol = position.text.draftSymbol ?? position.text.adoptedSymbol;
  const struck = position.retraction ? "line-through decoration-1" : "";
  return (
    <li className="flex flex-col gap-1 border-t border-line px-4 py-3 first:border-t-0">
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-semibold">{position.session.label}</span>
        {symbol ? <span className="text-sm text-ink-muted">{symbol}</span> : null}
        <span className={struck || undefined}>
          <PositionLabel kind={position.kind} words={words} />
          {position.sponsorship ? (
            <span className="text-sm text-ink-muted">
              {" "}
              ({t(`positions.sponsorship.${position.sponsorship}`)})
            </span>
          ) : null}
        </span>
        <PreciseTime date={position.occurred} className="text-sm text-ink-muted" />
        {position.isSample ? <SampleBadge /> : null}
      </p>
      {position.note ? <p className="text-sm text-ink-muted">{position.note}</p> : null}
      {position.retraction ? (
        <p className="text-sm font-semibold">
          {t("positions.retracted", { reason: position.retraction.reason })}
        </p>
      ) : null}
      <SourceLine url={position.sourceUrl} label={position.sourceLabel} />
    </li>
  );
}
