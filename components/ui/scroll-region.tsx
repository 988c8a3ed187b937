import type { ReactNode } from "react";

/**
 * A wide table on a narrow screen: a bordered box that scrolls sideways, named by the
 * table's caption, with a hint above it that shows only where the box is likely to scroll.
 */
export function ScrollRegion({
  labelledBy,
  hint,
  className,
  children,
}: {
  /** The id of the caption that names the region. */
  labelledBy: string;
  /** "Scroll sideways to see every column." */
  hint: ReactNode;
  /** Added to the box's own classes. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <p className="mb-2 text-sm text-ink-muted md:hidden">{hint}</p>
      <section
        aria-labelledby={labelledBy}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a labelled scrolling region must take focus so keyboard users can scroll the table sideways on a narrow screen (WCAG 2.1.1).
        tabIndex={0}
        className={["relative overflow-x-auto rounded-lg border border-line bg-surface", className]
          .filter(Boolean)
          .join(" ")}
      >
        {children}
      </section>
    </div>
  );
}
