import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { dayTag } from "@/components/organisation/precise-time";
import { Link } from "@/components/ui/link";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { LetterTargetSummary } from "@/db/queries/letter-summaries";
import type { PublicResponse } from "@/db/queries/public-letters";
import { statePath } from "@/lib/domain/urls";
import { formatDay } from "@/lib/i18n/dates";
import { LetterState } from "./letter-state";

/*
 * A letter to several targets, one row per target: who, by which addressee line, and
 * whether it answered, each on its own clock. On a phone the addressee column gives way
 * and the line is shown under the target's name, so each row reads top to bottom.
 */

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
      <Table
        caption={t("caption")}
        className="mt-4"
        minWidth={null}
        columns={[
          { label: t("columns.target"), className: "w-2/5 sm:w-1/4" },
          { label: t("columns.addressee"), showFrom: "sm" },
          { label: t("columns.status") },
        ]}
      >
        <TableBody>
          {targets.map((target) => (
            <TableRow key={target.targetId}>
              <RowHeader>
                <span className="block font-semibold">
                  {target.stateIso3 ? (
                    <Link href={statePath(target.stateIso3)}>{target.name}</Link>
                  ) : (
                    target.name
                  )}
                </span>
                {/* The addressee column is hidden on a phone: its line is said here instead. */}
                <span className="mt-1 block text-sm text-ink-muted sm:hidden">
                  {t("to", { addressee: target.addressee })}
                </span>
              </RowHeader>
              <TableCell showFrom="sm">{target.addressee}</TableCell>
              <TableCell>
                <TargetStatus
                  target={target}
                  stance={target.responseId ? stances.get(target.responseId) : undefined}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
  const locale = await getLocale();
  const { clock, deadline } = target;
  const date = deadline ? formatDay(deadline, locale) : null;
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
