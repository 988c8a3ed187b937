import type { InputHTMLAttributes, ReactNode } from "react";

/** Shared look of text inputs and selects, so every control matches; add a width. */
export const controlClasses =
  "block min-h-11 rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink shadow-inner shadow-black/[0.02] placeholder:text-ink-muted aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger";

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already-translated message, shown beside the field and tied to it for screen readers. */
  error?: string;
};

/** A labelled input with its hint and its error, wired up with aria-describedby and aria-invalid. */
export function Field({ id, name, label, hint, error, className = "", ...input }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1.5 ${className}`.trim()}>
      <label htmlFor={id} className="font-semibold text-ink">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`${controlClasses} w-full`}
        {...input}
      />
      {error ? <FieldError id={errorId!}>{error}</FieldError> : null}
    </div>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="flex items-start gap-1.5 text-sm font-medium text-danger">
      <span
        aria-hidden="true"
        className="mt-0.5 inline-flex size-4 shrink-0 items-center justify-center rounded-full bg-danger text-xs leading-none font-bold text-white"
      >
        !
      </span>
      <span>{children}</span>
    </p>
  );
}
