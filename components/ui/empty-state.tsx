import type { ReactNode } from "react";

/**
 * What an empty list says in its place, in a dashed box so it does not read as content.
 * `status`: announced when it appears after a filter or a decision empties the list.
 */
export function EmptyState({
  className,
  status = false,
  compact = false,
  children,
}: {
  /** Spacing around the box: "mt-8". */
  className?: string;
  status?: boolean;
  /** Less padding, for a box inside a card or a short section. */
  compact?: boolean;
  children: ReactNode;
}) {
  return (
    <p
      role={status ? "status" : undefined}
      className={`rounded-lg border border-dashed border-line-strong text-ink-muted ${compact ? "px-4 py-3" : "p-6"} ${className ?? ""}`.trim()}
    >
      {children}
    </p>
  );
}
