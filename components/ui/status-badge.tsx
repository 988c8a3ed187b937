import type { ReactNode } from "react";

export type StatusTone = "neutral" | "info" | "success" | "warning" | "danger";

const tones: Record<StatusTone, { box: string; mark: string }> = {
  neutral: { box: "border-line-strong bg-paper-deep text-ink-muted", mark: "bg-ink-muted" },
  info: { box: "border-accent/40 bg-accent-soft text-accent-strong", mark: "bg-accent" },
  success: { box: "border-success/40 bg-success-soft text-success", mark: "bg-success" },
  warning: { box: "border-warning/40 bg-warning-soft text-warning", mark: "bg-warning" },
  danger: { box: "border-danger/40 bg-danger-soft text-danger", mark: "bg-danger" },
};

/**
 * A status as words in a tinted pill; the tint only repeats what the words say. The pill
 * starts with a dot in its tone, or with `icon` where the status has one of its own.
 */
export function StatusBadge({
  tone = "neutral",
  icon,
  children,
}: {
  tone?: StatusTone;
  icon?: ReactNode;
  children: ReactNode;
}) {
  const { box, mark } = tones[tone];
  return (
    <span
      // On one line where there is room; on a phone a long status wraps inside the pill.
      className={`inline-flex max-w-full items-center gap-1.5 rounded-2xl border px-2.5 py-0.5 text-sm font-semibold sm:whitespace-nowrap [&>svg]:shrink-0 ${box}`}
    >
      {icon ?? <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${mark}`} />}
      {children}
    </span>
  );
}
