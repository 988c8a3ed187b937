import { getTranslations } from "next-intl/server";
import { packRows } from "@/components/resolution/matrix-body";
import { MatrixTableBody } from "@/components/resolution/matrix-table-body";
import { type MarkWords, markHtml } from "@/components/resolution/position-mark";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { MatrixText } from "@/db/queries/resolutions";
import type { MatrixRow, MatrixTotals } from "@/lib/domain/un/positions";

/*
 * The line across the years: one row per state, one column per session, newest first so
 * a phone shows the latest session beside the state's name without scrolling. The body's
 * cells carry no classes of their own: the table styles them (matrix-body.ts says why).
 */

const TABLE = [
  "position-matrix min-w-full border-collapse text-sm",
  "[&_td]:border-t [&_td]:border-l [&_td]:border-line [&_td]:px-1.5 [&_td]:py-1.5 [&_td]:text-center [&_td]:align-top [&_td]:whitespace-nowrap",
  // A cell's marks stack: co-sponsorship, vote, change; each mark's words are for screen readers.
  "[&_td_i]:not-italic [&_td>i]:block [&_td>b]:sr-only [&_td>span]:block [&_tbody_td>span]:font-bold",
  // The state's name stays in view while the sessions scroll sideways under it.
  "[&_tbody_th]:sticky [&_tbody_th]:left-0 [&_tbody_th]:bg-surface [&_tfoot_th]:sticky [&_tfoot_th]:left-0 [&_tfoot_th]:bg-paper-deep",
  "[&_th[scope=row]]:w-24 [&_th[scope=row]]:min-w-24 [&_th[scope=row]]:border-t [&_th[scope=row]]:border-line [&_th[scope=row]]:px-2 sm:[&_th[scope=row]]:px-3 [&_th[scope=row]]:py-1.5 [&_th[scope=row]]:text-left [&_th[scope=row]]:align-top sm:[&_th[scope=row]]:w-56",
].join(" ");

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
    <ScrollRegion labelledBy="matrix-caption" hint={t("matrix.scrollHint")} className="min-w-0">
      <table className={TABLE}>
        <caption
          id="matrix-caption"
          // Held to the screen's width, so it wraps there instead of scrolling away with the sessions.
          className="sticky left-0 max-w-[calc(100vw-3rem)] px-4 pt-4 pb-2 text-left font-serif text-xl font-bold"
        >
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
                  className="min-w-24 border-l border-line px-1.5 py-2 font-semibold"
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
        <MatrixTableBody rows={packRows(rows, newestFirst)} marks={markHtml(words)} />
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
    </ScrollRegion>
  );
}
