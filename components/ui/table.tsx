import type { ReactNode } from "react";

/*
 * The staff pages' tables, one markup for all: a bordered box that scrolls sideways on a
 * narrow screen, a caption for screen readers, a tinted head, rows split by rules, and
 * each row named by its first cell (a row header). Columns a phone has no room for are
 * hidden below a breakpoint; the row header then repeats what they say.
 */

/** From which width a column shows; below it the column is hidden. */
export type ShowFrom = "sm" | "md" | "lg";

const SHOW_FROM: Record<ShowFrom, string> = {
  sm: "hidden sm:table-cell",
  md: "hidden md:table-cell",
  lg: "hidden lg:table-cell",
};

// The vertical padding is set once per table (see `compact`) and read by every cell.
const CELL = "px-3 py-(--cell-y) sm:px-4";
const HEAD_CELL = "px-3 py-(--head-y) font-semibold sm:px-4";

function classes(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(" ");
}

export type Column = {
  /** Distinguishes columns whose labels repeat; the label is used when it is a string. */
  key?: string;
  label: ReactNode;
  showFrom?: ShowFrom;
  /** Alignment or width: "text-right", "w-14 sm:w-20". */
  className?: string;
};

export function Table({
  caption,
  columns,
  minWidth = "min-w-[18rem]",
  compact = false,
  className,
  children,
}: {
  /** Read by screen readers only: what the table lists. */
  caption: ReactNode;
  columns: readonly Column[];
  /** The width below which the box scrolls sideways rather than squeezing the columns; null: none. */
  minWidth?: string | null;
  /** Tighter rows, for long lists read line by line. */
  compact?: boolean;
  /** Spacing around the box: "mt-8". */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={classes(
        "relative overflow-x-auto rounded-lg border border-line bg-surface",
        compact ? "[--cell-y:0.75rem] [--head-y:0.5rem]" : "[--cell-y:1rem] [--head-y:0.75rem]",
        className,
      )}
    >
      <table className={classes("w-full border-collapse text-left", minWidth)}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-paper-deep text-sm text-ink-muted">
          <tr>
            {columns.map((column, i) => (
              <th
                key={column.key ?? (typeof column.label === "string" ? column.label : i)}
                scope="col"
                className={classes(
                  HEAD_CELL,
                  column.showFrom && SHOW_FROM[column.showFrom],
                  column.className,
                )}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}

/** The rows, split by rules. Tables whose entries span two rows draw their own rules instead. */
export function TableBody({ children, ruled = true }: { children: ReactNode; ruled?: boolean }) {
  return <tbody className={ruled ? "divide-y divide-line" : undefined}>{children}</tbody>;
}

export function TableRow({ className, children }: { className?: string; children: ReactNode }) {
  return <tr className={classes("align-top", className)}>{children}</tr>;
}

/** The cell that names its row (a row header for screen readers), in body type unless `strong`. */
export function RowHeader({
  strong = false,
  className,
  children,
}: {
  strong?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <th
      scope="row"
      className={classes(CELL, "text-left", strong ? "font-semibold" : "font-normal", className)}
    >
      {children}
    </th>
  );
}

export function TableCell({
  showFrom,
  className,
  colSpan,
  children,
}: {
  showFrom?: ShowFrom;
  className?: string;
  colSpan?: number;
  children?: ReactNode;
}) {
  return (
    <td colSpan={colSpan} className={classes(CELL, showFrom && SHOW_FROM[showFrom], className)}>
      {children}
    </td>
  );
}
