import type { ReactNode } from "react";

/** "How this is counted": a tinted box of short points beside the figures it explains. */
export function Explainer({
  id,
  heading,
  points,
  children,
}: {
  /** The heading's id, which labels the box. */
  id: string;
  heading: ReactNode;
  points: readonly string[];
  /** Anything after the points: a legend. */
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-paper-deep p-5 sm:p-6">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      <ul className="mt-3 flex list-disc flex-col gap-2 pl-5 text-ink">
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}
