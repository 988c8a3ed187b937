import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "quiet";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-base font-semibold leading-tight no-underline transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-accent text-white hover:bg-accent-strong hover:text-white",
  secondary:
    "border border-line-strong bg-surface text-ink hover:border-accent hover:bg-accent-soft hover:text-ink",
  quiet: "text-accent underline underline-offset-4 hover:text-accent-strong",
};

/** Class names for a button, also for links that should look like one. */
export function buttonClasses(variant: ButtonVariant = "primary", className = ""): string {
  return `${base} ${variants[variant]} ${className}`.trim();
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  /**
   * Shown instead of the children while a form is submitting; the button is then
   * disabled. On a plain page public/enhance.js shows it (data-pending-label).
   */
  pending?: boolean;
  pendingLabel?: string;
};

export function Button({
  variant = "primary",
  pending = false,
  pendingLabel,
  className,
  type = "button",
  disabled,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClasses(variant, className)}
      disabled={disabled || pending}
      data-pending-label={pendingLabel}
      {...props}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
