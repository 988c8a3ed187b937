"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useId, useState } from "react";
import type { TimelineKind } from "@/lib/domain/timeline";
import { timelineAnchor } from "@/lib/domain/urls";

export type TimelineFilterItem = { id: string; kind: TimelineKind; node: ReactNode };
export type TimelineFilterKind = { kind: TimelineKind; label: string; count: number };

/**
 * The timeline list with a filter by kind. The server renders every entry; the filter
 * only appears once JavaScript runs, so without it nothing is hidden and no control is dead.
 */
export function TimelineFilter({
  kinds,
  items,
}: {
  kinds: readonly TimelineFilterKind[];
  items: readonly TimelineFilterItem[];
}) {
  const t = useTranslations("timeline.filter");
  const legendId = useId();
  const [enhanced, setEnhanced] = useState(false);
  const [hidden, setHidden] = useState<ReadonlySet<TimelineKind>>(new Set());

  useEffect(() => setEnhanced(true), []);

  const toggle = (kind: TimelineKind, show: boolean) =>
    setHidden((current) => {
      const next = new Set(current);
      if (show) next.delete(kind);
      else next.add(kind);
      return next;
    });
  const shownItems = items.filter((item) => !hidden.has(item.kind));
  const shown = shownItems.length;
  const lastShown = shownItems.at(-1)?.id;

  // Drawn on the server too, so the page does not move when it hydrates; an unticked
  // kind hides its entries through CSS (globals.css) before and without JavaScript.
  return (
    <div className="timeline-filter">
      {kinds.length > 1 ? (
        <div className="mb-8 rounded-lg border border-line bg-surface p-4">
          <fieldset aria-describedby={`${legendId}-status`}>
            <legend className="mb-3 font-semibold text-ink">{t("legend")}</legend>
            <div className="flex flex-wrap gap-2">
              {kinds.map(({ kind, label, count }) => {
                const checked = !hidden.has(kind);
                return (
                  <label
                    key={kind}
                    className={`inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border px-3.5 text-sm font-medium transition-colors has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent has-focus-visible:outline-solid ${checked ? "border-accent bg-accent-soft text-accent-strong" : "border-line-strong bg-surface text-ink-muted"}`}
                  >
                    <input
                      type="checkbox"
                      value={kind}
                      className="size-4 accent-accent focus-visible:outline-none"
                      checked={checked}
                      onChange={(event) => toggle(kind, event.currentTarget.checked)}
                    />
                    <span>
                      {label} <span className="tabular-nums">({count})</span>
                    </span>
                  </label>
                );
              })}
              {hidden.size > 0 ? (
                <button
                  type="button"
                  onClick={() => setHidden(new Set())}
                  className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-accent underline underline-offset-4 hover:text-accent-strong"
                >
                  {t("showAll")}
                </button>
              ) : null}
            </div>
          </fieldset>
          {/* Its line is kept from the start; the count is said once it can follow the ticks. */}
          <p id={`${legendId}-status`} role="status" className="mt-3 min-h-5 text-sm text-ink-muted">
            {enhanced ? (shown === 0 ? t("none") : t("status", { shown, total: items.length })) : null}
          </p>
        </div>
      ) : null}
      <ol className="flex flex-col gap-8">
        {items.map((item) => (
          <li
            key={item.id}
            id={timelineAnchor(item.id)}
            data-kind={item.kind}
            hidden={hidden.has(item.kind)}
            // The rail joins each marker to the next shown one, and stops at the last.
            className={`relative ${item.id === lastShown ? "" : "before:absolute before:top-10 before:-bottom-7 before:left-[17px] before:w-0.5 before:bg-line"}`.trim()}
          >
            {item.node}
          </li>
        ))}
      </ol>
    </div>
  );
}
