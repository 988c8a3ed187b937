import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { adoptionText, symbolsText } from "@/components/resolution/adoption";
import { PreciseTime } from "@/components/timeline/precise-time";
import { SourceLink } from "@/components/timeline/source-link";
import { Section } from "@/components/ui/section";
import type { MatrixText } from "@/db/queries/resolutions";
import type { MatrixTotals } from "@/lib/domain/un/positions";

/** Each session's text, newest first: its symbols, how and when it was adopted, its sponsors and source. */
export async function ResolutionTexts({
  texts,
  totals,
}: {
  /** Oldest first. */
  texts: readonly MatrixText[];
  /** Counted over every state, whatever the matrix is narrowed to. */
  totals: readonly MatrixTotals[];
}) {
  const t = await getTranslations("resolutionPage");
  const cosponsors = new Map(totals.map((total) => [total.textId, total.cosponsors]));
  return (
    <Section id="texts-heading" heading={t("texts.heading")}>
      <ol className="mt-4 flex flex-col gap-4">
        {[...texts].reverse().map((text) => (
          <TextItem key={text.id} text={text} cosponsors={cosponsors.get(text.id) ?? 0} />
        ))}
      </ol>
    </Section>
  );
}

async function TextItem({ text, cosponsors }: { text: MatrixText; cosponsors: number }) {
  const t = await getTranslations("resolutionPage");
  const [adoption, symbols] = await Promise.all([adoptionText(text), symbolsText(text)]);
  return (
    <li className="rounded-lg border border-line bg-surface p-4 sm:p-5">
      <h3 className="flex flex-wrap items-center gap-x-3 gap-y-1 text-lg font-bold">
        {text.session.label}
        {text.isSample ? <SampleBadge /> : null}
      </h3>
      <p className="text-sm text-ink-muted">
        <PreciseTime date={{ date: text.session.startsOn, precision: "day" }} /> –{" "}
        <PreciseTime date={{ date: text.session.endsOn, precision: "day" }} />
      </p>
      <p className="mt-2 text-ink">{text.title}</p>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {symbols ? (
          <div>
            <dt className="font-semibold text-ink-muted">{t("texts.symbols")}</dt>
            <dd className="text-base text-ink">{symbols}</dd>
          </div>
        ) : null}
        <div>
          <dt className="font-semibold text-ink-muted">{t("texts.adoption")}</dt>
          <dd className="text-base text-ink">{adoption}</dd>
        </div>
        <div>
          <dt className="font-semibold text-ink-muted">{t("texts.cosponsors")}</dt>
          <dd className="text-base text-ink">{t("texts.cosponsorsValue", { count: cosponsors })}</dd>
        </div>
        {text.coreGroup ? (
          <div>
            <dt className="font-semibold text-ink-muted">{t("texts.coreGroup")}</dt>
            <dd className="text-base text-ink">{text.coreGroup}</dd>
          </div>
        ) : null}
      </dl>
      {text.sourceUrl ? (
        <p className="mt-3 text-sm">
          <SourceLink url={text.sourceUrl} label={text.sourceLabel} />
        </p>
      ) : null}
    </li>
  );
}
