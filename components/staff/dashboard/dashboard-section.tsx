import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";

/** A dashboard block's words, under its own namespace: its heading, and what it says when empty. */
type SectionText = (key: "heading" | "empty", values?: { days: number }) => string;

type Props = {
  id: string;
  t: SectionText;
  /** What the heading and the empty line count in: { days }. */
  values?: { days: number };
  /** Shown beside the heading as a number, so a glance says how much is waiting. */
  count?: number;
  intro?: string;
  isEmpty: boolean;
  children: ReactNode;
};

/** One block of the dashboard: a heading, a count, and its list or a plain "nothing here". */
export function DashboardSection({ id, t, values, count, intro, isEmpty, children }: Props) {
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="flex flex-wrap items-baseline gap-x-3 text-2xl font-bold">
        {t("heading", values)}
        {count !== undefined ? (
          <span className="font-sans text-lg font-semibold text-ink-muted tabular-nums">({count})</span>
        ) : null}
      </h2>
      {intro ? <p className="mt-1 text-ink-muted">{intro}</p> : null}
      <div className="mt-4">{isEmpty ? <EmptyState compact>{t("empty", values)}</EmptyState> : children}</div>
    </section>
  );
}

/** A bordered list whose rows stack on narrow screens. */
export function DashboardList({ children }: { children: ReactNode }) {
  return <ul className="divide-y divide-line rounded-lg border border-line bg-surface">{children}</ul>;
}

type RowProps = {
  title: ReactNode;
  detail: ReactNode;
  badge?: ReactNode;
};

/** One row of a dashboard list: what it is and a line of detail, with its badge to the right. */
export function DashboardRow({ title, detail, badge }: RowProps) {
  return (
    <li className="flex flex-col gap-2 px-4 py-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        {title}
        <p className="text-sm break-words text-ink-muted">{detail}</p>
      </div>
      {badge ? <div className="shrink-0">{badge}</div> : null}
    </li>
  );
}

/** A dashboard block listing a row per item, their number beside the heading. */
export function DashboardRows<T>({
  t,
  items,
  rowKey,
  row,
  ...section
}: Omit<Props, "count" | "isEmpty" | "children"> & {
  items: readonly T[];
  rowKey: (item: T) => string;
  row: (item: T) => RowProps;
}) {
  return (
    <DashboardSection {...section} t={t} count={items.length} isEmpty={items.length === 0}>
      <DashboardList>
        {items.map((item) => (
          <DashboardRow key={rowKey(item)} {...row(item)} />
        ))}
      </DashboardList>
    </DashboardSection>
  );
}
