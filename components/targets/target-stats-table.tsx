import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { TargetStats } from "@/db/queries/public-targets";
import { statePath } from "@/lib/domain/urls";

const numberFormat = new Intl.NumberFormat("en-GB");

const cell = "px-4 py-3 text-right align-top tabular-nums";
const headCell = "px-4 py-3 text-right align-bottom font-semibold";

/** The columns of figures that follow the target's name. */
const FIGURE_COLUMNS = ["campaigns", "sent", "answered", "median", "awaiting", "overdue"] as const;

/** Per-target counts and medians as a plain table, in alphabetical order. */
export async function TargetStatsTable({ stats }: { stats: TargetStats[] }) {
  const t = await getTranslations("targetsPage");
  return (
    <ScrollRegion labelledBy="target-stats-caption" hint={t("scrollHint")}>
      <table className="w-full min-w-[44rem] border-collapse text-base">
        <caption id="target-stats-caption" className="px-4 pt-4 pb-2 text-left font-serif text-xl font-bold">
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
          {stats.map((target) => (
            <tr key={target.slug} className="border-b border-line last:border-b-0">
              <th scope="row" className="px-4 py-3 text-left align-top font-normal">
                {/* A government linked to its state: its page has the positions and the letters. */}
                {target.stateIso3 ? (
                  <Link href={statePath(target.stateIso3)} className="block font-semibold">
                    {target.name}
                  </Link>
                ) : (
                  <span className="block font-semibold text-ink">{target.name}</span>
                )}
                <span className="block text-sm text-ink-muted">{t(`kind.${target.kind}`)}</span>
              </th>
              <td className={cell}>{numberFormat.format(target.campaigns)}</td>
              <td className={cell}>{numberFormat.format(target.lettersSent)}</td>
              <td className={cell}>{numberFormat.format(target.answered)}</td>
              <td className={cell}>
                {target.medianDaysToAnswer === null ? (
                  <span className="text-ink-muted">{t("noAnswers")}</span>
                ) : (
                  t("median", {
                    days: target.medianDaysToAnswer,
                    approximate: target.medianApproximate ? "yes" : "no",
                  })
                )}
              </td>
              <td className={cell}>{numberFormat.format(target.awaiting)}</td>
              <td className={`${cell} ${target.overdue > 0 ? "font-semibold" : ""}`.trim()}>
                {numberFormat.format(target.overdue)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
