import { getFormatter, getTranslations } from "next-intl/server";
import { medianText } from "@/components/targets/clock-figures";
import { Link } from "@/components/ui/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { TargetStats } from "@/db/queries/public-targets";
import { targetPath } from "@/lib/domain/urls";

const cell = "px-4 py-3 text-right align-top tabular-nums";
const headCell = "px-4 py-3 text-right align-bottom font-semibold";

/** The columns of figures that follow the target's name. */
const FIGURE_COLUMNS = ["campaigns", "sent", "answered", "median", "awaiting", "overdue"] as const;

type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** One target's figures, column by column, as the table and the cards show them. */
async function figureValues(target: TargetStats): Promise<Record<FigureColumn, string>> {
  const format = await getFormatter();
  return {
    campaigns: format.number(target.campaigns),
    sent: format.number(target.lettersSent),
    answered: format.number(target.answered),
    median: await medianText(target),
    awaiting: format.number(target.awaiting),
    overdue: format.number(target.overdue),
  };
}

/**
 * Per-target counts and medians in alphabetical order: a card per target on a phone, a
 * plain table from md up. Each target's name leads to its own page.
 */
export async function TargetStatsTable({ stats }: { stats: TargetStats[] }) {
  const t = await getTranslations("targetsPage");
  const rows = await Promise.all(
    stats.map(async (target) => ({ target, values: await figureValues(target) })),
  );
  return (
    <>
      <section aria-labelledby="target-cards-heading" className="md:hidden">
        <h2 id="target-cards-heading" className="font-serif text-xl font-bold">
          {t("caption")}
        </h2>
        <ul className="mt-4 flex flex-col gap-4">
          {rows.map(({ target, values }) => (
            <li key={target.slug} className="rounded-lg border border-line bg-surface p-4">
              <h3 className="text-lg font-bold break-words">
                <Link href={targetPath(target.slug)}>{target.name}</Link>
              </h3>
              <p className="text-sm text-ink-muted">{t(`kind.${target.kind}`)}</p>
              <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-3 border-t border-line pt-3 text-sm">
                {FIGURE_COLUMNS.map((column) => (
                  <div key={column}>
                    <dt className="text-ink-muted">{t(`columns.${column}`)}</dt>
                    <dd
                      className={`text-base tabular-nums text-ink ${column === "overdue" && target.overdue > 0 ? "font-bold" : "font-semibold"}`}
                    >
                      <FigureValue target={target} values={values} column={column} />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </section>

      <div className="hidden md:block">
        <ScrollRegion labelledBy="target-stats-caption" hint={t("scrollHint")}>
          <table className="w-full min-w-[44rem] border-collapse text-base">
            <caption
              id="target-stats-caption"
              className="px-4 pt-4 pb-2 text-left font-serif text-xl font-bold"
            >
              {t("caption")}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink text-sm">
                <th scope="col" className="px-4 py-3 text-left align-bottom font-semibold">
                  {t("columns.target")}
                </th>
                {FIGURE_COLUMNS.map((column) => (
                  <th key={column} scope="col" className={headCell}>
                    {t(`columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ target, values }) => (
                <tr key={target.slug} className="border-b border-line last:border-b-0">
                  <th scope="row" className="px-4 py-3 text-left align-top font-normal">
                    <Link href={targetPath(target.slug)} className="block font-semibold">
                      {target.name}
                    </Link>
                    <span className="block text-sm text-ink-muted">{t(`kind.${target.kind}`)}</span>
                  </th>
                  {FIGURE_COLUMNS.map((column) => (
                    <td
                      key={column}
                      className={`${cell} ${column === "overdue" && target.overdue > 0 ? "font-semibold" : ""}`.trim()}
                    >
                      <FigureValue target={target} values={values} column={column} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </>
  );
}

/** One figure of a target; "no answers yet" in place of a median is said in the muted colour. */
function FigureValue({
  target,
  values,
  column,
}: {
  target: TargetStats;
  values: Record<FigureColumn, string>;
  column: FigureColumn;
}) {
  return target.medianDaysToAnswer === null && column === "median" ? (
    <span className="font-normal text-ink-muted">{values.median}</span>
  ) : (
    values[column]
  );
}
