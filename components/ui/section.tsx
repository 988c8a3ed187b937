import type { ReactNode } from "react";

/**
 * A titled part of a page, named by its heading for screen readers (the heading is on
 * the page's outline), with a line under the heading saying what it holds.
 */
export function Section({
  id,
  heading,
  intro,
  large = false,
  anchor,
  className,
  children,
}: {
  /** The heading's id, which labels the section. */
  id: string;
  heading: ReactNode;
  intro?: ReactNode;
  /** A larger heading, for the few parts a page is made of (an organisation's members). */
  large?: boolean;
  /** The section's own id, a link target ("#details"). */
  anchor?: string;
  /** Spacing and layout of the section itself. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} id={anchor} className={className}>
      <h2 id={id} className={large ? "text-3xl font-bold" : "text-2xl font-bold"}>
        {heading}
      </h2>
      {intro ? <p className="mt-2 max-w-3xl text-ink-muted">{intro}</p> : null}
      {children}
    </section>
  );
}
