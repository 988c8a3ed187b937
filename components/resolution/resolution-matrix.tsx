import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { changeMark, type MarkWords, positionMark } from "@/components/resolution/position-mark";
import type { MatrixText } from "@/db/queries/resolutions";
import type { SponsorshipChangeKind } from "@/lib/domain/un/position-changes";
import type { MatrixCell, MatrixRow, MatrixTotals } from "@/lib/domain/un/positions";
import { statePath } from "@/lib/domain/urls";

/*
 * The line across the years: one row per state, one column per session, newest first so
 * a phone shows the latest session beside the state's name without scrolling. Up to
 * 193 × 20 cells, so the markup stays lean: cells carry no classes of their own (the
 * table styles them), no component per cell, glyphs rather than SVG icons.
 */

// The tint repeats what the word in the cell says; it never says it alone.
const CHANGE_CELL: Record<SponsorshipChangeKind, string> = {
  joined: "bg-success-soft",
  dropped: "bg-danger-soft",
  returned: "bg-success-soft",
};

const TABLE = [
  "min-w-full border-collapse text-sm",
  "[&_td]:border-t [&_td]:border-l [&_td]:border-line [&_td]:px-2 [&_td]:py-1.5 [&_td]:text-center [&_td]:align-top [&_td]:whitespace-nowrap",
  // A cell's marks stack: co-sponsorship, vote, change.
  "[&_td>span]:block",
  // The state's name stays in view while the sessions scroll sideways under it.
  "[&_tbody_th]:sticky [&_tbody_th]:left-0 [&_tbody_th]:bg-surface [&_tfoot_th]:sticky [&_tfoot_th]:left-0 [&_tfoot_th]:bg-paper-deep",
  "[&_th[scope=row]]:w-36 [&_th[scope=row]]:min-w-36 [&_th[scope=row]]:border-t [&_th[scope=row]]:border-line [&_th[scope=row]]:px-3 [&_th[scope=row]]:py-1.5 [&_th[scope=row]]:text-left [&_th[scope=row]]:align-top sm:[&_th[scope=row]]:w-56",
].join(" ");

function cell(data: MatrixCell, words: MarkWords): ReactNode {
  if (data.sponsorship === null && data.vote === null) {
    return (
      <td key={data.textId}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{words.nothing}</span>
      </td>
    );
  }
  return (
    <td key={data.textId} className={data.change ? CHANGE_CELL[data.change] : undefined}>
      {data.sponsorship ? positionMark(data.sponsorship, words) : null}
      {data.vote ? positionMark(data.vote, words) : null}
      {data.change ? changeMark(data.change, words) : null}
    </td>
  );
}

export async function ResolutionMatrixTable({
  texts,
  rows,
  totals,
  words,
  caption,
  bodyName,
  groupTotals,
}: {
  /** Oldest first, as resolutionMatrix orders the cells. */
  texts: readonly MatrixText[];
  rows: readonly MatrixRow[];
  /** Co-sponsors and votes counted over the rows' states. */
  totals: readonly MatrixTotals[];
  words: MarkWords;
  caption: string;
  bodyName: string;
  /** Set when the rows are one regional group's: its recorded votes get a row of their own. */
  groupTotals: boolean;
}) {
  const t = await getTranslations("resolutionPage");
  const newestFirst = texts.map((_, i) => texts.length - 1 - i);
  const totalsByText = new Map(totals.map((total) => [total.textId, total]));

  return (
    <div>
      <p className="mb-2 text-sm text-ink-muted md:hidden">{t("matrix.scrollHint")}</p>
      <section
        aria-labelledby="matrix-caption"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a labelled scrolling region must take focus so keyboard users can scroll the table sideways (WCAG 2.1.1).
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-line bg-surface"
      >
        <table className={TABLE}>
          <caption id="matrix-caption" className="px-4 pt-4 pb-2 text-left font-serif text-xl font-bold">
            {caption}
          </caption>
          <thead>
            <tr className="border-b-2 border-ink align-bottom">
              <th
                scope="col"
                className="sticky left-0 bg-surface px-3 py-2 text-left font-semibold whitespace-nowrap"
              >
                {t("matrix.state")}
              </th>
              {newestFirst.map((i) => {
                const text = texts[i];
                const symbol = text.draftSymbol ?? text.adoptedSymbol;
                return (
                  <th
                    key={text.id}
                    scope="col"
                    className="min-w-24 border-l border-line px-2 py-2 font-semibold"
                  >
                    {text.session.label}
                    {symbol ? (
                      <span className="block text-xs font-normal whitespace-nowrap text-ink-muted">
                        {symbol}
                      </span>
                    ) : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.state.iso3}>
                <th scope="row">
                  {/* A plain link: up to 193 client Link components would only weigh the page down. */}
                  <a href={statePath(row.state.iso3)}>{row.state.name}</a>
                </th>
                {newestFirst.map((i) => cell(row.cells[i], words))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-ink bg-paper-deep">
            <tr>
              <th scope="row" className="font-semibold">
                {groupTotals ? t("matrix.cosponsorsGroup") : t("matrix.cosponsors")}
              </th>
              {newestFirst.map((i) => (
                <td key={texts[i].id} className="font-semibold tabular-nums">
                  {totalsByText.get(texts[i].id)?.cosponsors ?? 0}
                </td>
              ))}
            </tr>
            {groupTotals ? (
              <tr>
                <th scope="row" className="font-semibold">
                  {t("matrix.groupVotes")}
                </th>
                {newestFirst.map((i) => {
                  const total = totalsByText.get(texts[i].id);
                  const any = total && total.yes + total.no + total.abstain > 0;
                  return (
                    <td key={texts[i].id} className="tabular-nums">
                      {any ? (
                        <>
                          <span>{t("matrix.yes", { count: total.yes })}</span>
                          <span>{t("matrix.no", { count: total.no })}</span>
                          <span>{t("matrix.abstain", { count: total.abstain })}</span>
                        </>
                      ) : (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="sr-only">{words.nothing}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ) : null}
            <tr>
              <th scope="row" className="font-semibold">
                {t("matrix.adoption", { body: bodyName })}
              </th>
              {newestFirst.map((i) => {
                const text = texts[i];
                return (
                  <td key={text.id} className="tabular-nums">
                    {text.votes ? (
                      <>
                        <span>{t("matrix.yes", { count: text.votes.yes })}</span>
                        <span>{t("matrix.no", { count: text.votes.no })}</span>
                        <span>{t("matrix.abstain", { count: text.votes.abstain })}</span>
                      </>
                    ) : text.adoption === "without_vote" ? (
                      <span>{t("matrix.withoutVote")}</span>
                    ) : (
                      <span>{t("matrix.pending")}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </section>
    </div>
  );
}
