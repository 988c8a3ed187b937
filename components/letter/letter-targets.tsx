import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { dayTag } from "@/components/organisation/precise-time";
import type { LetterTargetSummary } from "@/db/queries/letter-summaries";
import type { PublicResponse } from "@/db/queries/public-letters";
import { formatPreciseDate } from "@/lib/domain/dates";
import { statePath } from "@/lib/domain/urls";
import { LetterState } from "./letter-state";

/*
 * A letter to several targets, one row per target: who, by which addressee line, and
 * whether it answered, each on its own clock. A real table on wide screens; on a phone
 * its rows stack, each cell saying what it is. The ARIA roles keep it a table for screen
 * readers when the rows are displayed as blocks (browsers drop the table semantics then).
 */

// Shown on a phone, where the column heads are not; screen readers have the heads.
const cellLabel = "font-semibold text-ink-muted sm:hidden";

/** Every target of a letter with its addressee line and response status. */
export async function LetterTargets({
  targets,
  responses,
}: {
  targets: readonly LetterTargetSummary[];
  /** The letter's responses on record, for the stance of each target's answer. */
  responses: readonly PublicResponse[];
}) {
  const t = await getTranslations("letterPage.targets");
  const stances = new Map(responses.map((r) => [r.id, r.stance]));
  return (
    <section aria-labelledby="targets-heading" className="mt-10">
      <h2 id="targets-heading" className="text-2xl font-bold sm:text-3xl">
        {t("heading", { count: targets.length })}
      </h2>
      <p className="mt-2 text-ink-muted">{t("intro")}</p>
      <div className="mt-4 rounded-lg border border-line bg-surface sm:overflow-x-auto">
        <table role="table" className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead role="rowgroup" className="sr-only border-b border-line bg-paper-deep text-sm sm:not-sr-only">
            <tr role="row" className="sm:table-row">
              <th role="columnheader" scope="col" className="px-4 py-3 font-semibold text-ink-muted">
                {t("columns.target")}
              </th>
              <th role="columnheader" scope="col" className="px-4 py-3 font-semibold text-ink-muted">
                {t("columns.addressee")}
              </th>
              <th role="columnheader" scope="col" className="px-4 py-3 font-semibold text-ink-muted">
                {t("columns.status")}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup" className="divide-y divide-line">
            {targets.map((target) => (
              <tr
                role="row"
                key={target.targetId}
                className="flex flex-col gap-2 px-4 py-4 sm:table-row sm:p-0 sm:align-top"
              >
                <th role="rowheader" scope="row" className="text-left font-semibold sm:px-4 sm:py-4">
                  {target.stateIso3 ? <Link href={statePath(target.stateIso3)}>{target.name}</Link> : target.name}
                </th>
                <td role="cell" className="sm:px-4 sm:py-4">
                  <span aria-hidden="true" className={cellLabel}>
                    {t("columns.addressee")}:{" "}
                  </span>
                  {target.addressee}
                </td>
                <td role="cell" className="sm:px-4 sm:py-4">
                  <span aria-hidden="true" className={`${cellLabel} block`}>
                    {t("columns.status")}
                  </span>
                  <TargetStatus target={target} stance={target.responseId ? stances.get(target.responseId) : undefined} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The target's state as a badge (words and an icon), and the date or stance behind it. */
async function TargetStatus({
  target,
  stance,
}: {
  target: LetterTargetSummary;
  stance: PublicResponse["stance"] | undefined;
}) {
  const t = await getTranslations("letterPage.targets");
  const tResponses = await getTranslations("letterPage.responses");
  const { clock, deadline } = target;
  const date = deadline ? formatPreciseDate({ date: deadline, precision: "day" }) : null;
  let detail: ReactNode = null;
  if (clock.state === "answered") {
    detail = stance ? tResponses("stance", { stance: tResponses(`stances.${stance}`) }) : null;
  } else if (clock.state === "overdue" && date && deadline) {
    detail = t.rich("deadlinePassed", { date, days: clock.daysOverdue, time: dayTag(deadline) });
  } else if (clock.state === "awaiting") {
    detail = date && deadline ? t.rich("deadline", { date, time: dayTag(deadline) }) : t("noDeadline");
  }
  return (
    <div className="flex flex-col items-start gap-1">
      <span className="[&>span]:whitespace-normal">
        <LetterState clock={clock} />
      </span>
      {detail ? <span className="text-sm text-ink">{detail}</span> : null}
      {clock.state === "awaiting" || clock.state === "overdue" ? (
        <span className="text-sm text-ink-muted">{t("timeZone", { zone: target.timeZone })}</span>
      ) : null}
    </div>
  );
}
