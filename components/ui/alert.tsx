import type { ReactNode, Ref } from "react";

type AlertProps = {
  tone: "error" | "success" | "info";
  title?: ReactNode;
  children: ReactNode;
  className?: string;
  /** For a summary that takes focus (ErrorSummary): the element, made focusable by script only. */
  ref?: Ref<HTMLDivElement>;
  tabIndex?: number;
  /** Focused when a plain page loads (public/enhance.js): a refused form's summary. */
  focusOnLoad?: boolean;
};

const styles = {
  error: "border-danger bg-danger-soft text-danger",
  success: "border-success bg-success-soft text-success",
  info: "border-accent bg-accent-soft text-accent-strong",
};

/**
 * A message about a whole form or page. Errors use role="alert" so screen readers
 * announce them at once; confirmations use role="status", which waits its turn.
 */
export function Alert({ tone, title, children, className = "", ref, tabIndex, focusOnLoad }: AlertProps) {
  return (
    <div
      ref={ref}
      tabIndex={tabIndex}
      data-focus-on-load={focusOnLoad ? "" : undefined}
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border-l-4 px-4 py-3 text-base ${styles[tone]} ${className}`.trim()}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
