import type { ReactNode } from "react";

/**
 * A few numbers side by side, each in a tile under what it counts (two a row on a phone,
 * four from lg up). `large`: the dashboard's size, for figures that open a page.
 */
export function Figures({
  items,
  large = false,
  className,
}: {
  items: ReadonlyArray<{ key: string; label: ReactNode; value: ReactNode }>;
  large?: boolean;
  /** Spacing around the list: "mt-4". */
  className?: string;
}) {
  return (
    <dl className={`grid grid-cols-2 ${large ? "gap-4" : "gap-3"} lg:grid-cols-4 ${className ?? ""}`.trim()}>
      {items.map((item) => (
        <div
          key={item.key}
          // The number is read after its label, and shown above it.
          className={`flex flex-col-reverse justify-end gap-1 rounded-lg border border-line bg-surface p-4${large ? " sm:p-5" : ""}`}
        >
          <dt className="text-sm font-semibold text-ink-muted">{item.label}</dt>
          <dd className={`font-serif ${large ? "text-4xl" : "text-3xl"} font-bold tabular-nums text-ink`}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
