import type { ReactNode } from "react";

/**
 * What a page's marks mean, said once per page so no one has to guess from a glyph or a
 * colour: a closed box under its title, each mark beside its meaning.
 */
export function Legend({
  title,
  wide = false,
  children,
}: {
  title: ReactNode;
  /** Three columns on a wide screen, for a long list of short marks. */
  wide?: boolean;
  /** The LegendEntry rows. */
  children: ReactNode;
}) {
  return (
    <details className="rounded-md border border-line bg-surface px-4 py-3 text-sm">
      <summary className="cursor-pointer font-semibold">{title}</summary>
      <dl className={`mt-3 grid sm:grid-cols-2 ${wide ? "gap-x-6 gap-y-2 lg:grid-cols-3" : "gap-2"}`}>
        {children}
      </dl>
    </details>
  );
}

/** One mark and what it means; `termClassName` sizes or lays out the mark. */
export function LegendEntry({
  term,
  termClassName = "",
  muted = false,
  children,
}: {
  term: ReactNode;
  termClassName?: string;
  /** The meaning in the muted colour, beside a mark that carries the colour. */
  muted?: boolean;
  children: ReactNode;
}) {
  return (
    // Term above its meaning on a phone, beside it from sm up.
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-2">
      <dt className={`font-semibold sm:shrink-0 ${termClassName}`.trim()}>{term}</dt>
      <dd className={muted ? "text-ink-muted" : undefined}>{children}</dd>
    </div>
  );
}
