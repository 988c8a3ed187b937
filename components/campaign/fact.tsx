import type { ReactNode } from "react";
import { PreciseTime } from "@/components/timeline/precise-time";

/** The small capitals that name a fact on the campaign pages: "Venue", "Led by". */
const factTerm = "text-xs font-bold tracking-wider text-ink-muted uppercase";

/**
 * One fact in a definition list on the campaign pages: its name over its value. `value`
 * is set in body text; `children` holds any further value, or one set otherwise (`dd`s).
 */
export function Fact({
  term,
  value,
  className,
  children,
}: {
  term: ReactNode;
  value?: ReactNode;
  /** The fact's box: a column span, a card. */
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div className={className}>
      <dt className={factTerm}>{term}</dt>
      {value === undefined ? null : <dd className="mt-1 text-ink">{value}</dd>}
      {children}
    </div>
  );
}

/** A fact whose value is a calendar day ("2024-03-01"); nothing while the day is not known. */
export function DayFact({ term, day }: { term: ReactNode; day: string | null }) {
  return day ? <Fact term={term} value={<PreciseTime date={{ date: day, precision: "day" }} />} /> : null;
}
