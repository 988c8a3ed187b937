import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TimelineKind } from "@/lib/domain/timeline";
import { timelineAnchor } from "@/lib/domain/urls";

export type TimelineFilterItem = { id: string; kind: TimelineKind; node: ReactNode };
export type TimelineFilterKind = { kind: TimelineKind; label: string; count: number };

/** Where the number of entries shown goes in the status template. */
const SHOWN = "{shown}";

/**
 * The timeline list with a filter by kind. The server renders every entry and every
 * box ticked; unticking a kind hides its entries through CSS (globals.css), with or
 * without JavaScript. The page's script (public/enhance.js, data-timeline-filter) adds
 * the count of entries shown, "show everything", and ends the rail at the last one shown.
 */
export async function TimelineFilter({
  kinds,
  items,
}: {
  kinds: readonly TimelineFilterKind[];
  items: readonly TimelineFilterItem[];
}) {
  const t = await getTranslations("timeline.filter");
  const statusId = "timeline-filter-status";
  return (
    <div
      className="timeline-filter"
      data-timeline-filter=""
      data-status={t("status", { shown: SHOWN, total: items.length })}
      data-none={t("none")}
    >
      {kinds.length > 1 ? (
        <div className="mb-8 rounded-lg border border-line bg-surface p-4">
          <fieldset aria-describedby={statusId}>
            <legend className="mb-3 font-semibold text-ink">{t("legend")}</legend>
            <div className="flex flex-wrap gap-2">
              {kinds.map(({ kind, label, count }) => (
                <label
                  key={kind}
                  className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-line-strong bg-surface px-3.5 text-sm font-medium text-ink-muted transition-colors has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent-strong has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent has-focus-visible:outline-solid"
                >
                  <input
                    type="checkbox"
                    value={kind}
                    className="size-4 accent-accent focus-visible:outline-none"
                    defaultChecked
                  />
                  <span>
                    {label} <span className="tabular-nums">({count})</span>
                  </span>
                </label>
              ))}
              <button
                type="button"
                hidden
                data-show-all=""
                className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-accent underline underline-offset-4 hover:text-accent-strong"
              >
                {t("showAll")}
              </button>
            </div>
          </fieldset>
          {/* Its line is kept from the start; the count is said once it can follow the ticks. */}
          <p id={statusId} role="status" className="mt-3 min-h-5 text-sm text-ink-muted" />
        </div>
      ) : null}
      <ol className="flex flex-col gap-8">
        {items.map((item, index) => (
          <li
            key={item.id}
            id={timelineAnchor(item.id)}
            data-kind={item.kind}
            data-last-shown={index === items.length - 1 ? "" : undefined}
            // The rail joins each marker to the next shown one, and stops at the last.
            className="relative before:absolute before:top-10 before:-bottom-7 before:left-[17px] before:w-0.5 before:bg-line data-last-shown:before:hidden"
          >
            {item.node}
          </li>
        ))}
      </ol>
    </div>
  );
}
