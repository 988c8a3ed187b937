import { type ReactNode, useId } from "react";
import { Button } from "@/components/ui/button";
import { controlClasses, FieldError } from "@/components/ui/field";
import { HiddenFields } from "@/components/ui/hidden-fields";

/**
 * A role picker on one row of a list: the select (labelled for screen readers, as the
 * row says whom it changes), its button beside it, and the outcome under both, tied to
 * the select. Posts a server action, so it works without JavaScript.
 */
export function RolePickerForm({
  action,
  hidden,
  label,
  value,
  options,
  pending,
  submit,
  succeeded,
  failed,
}: {
  action: (formData: FormData) => void;
  hidden: Record<string, string>;
  /** Read by screen readers: "Role of Ana at ICNK". */
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  pending: boolean;
  submit: { label: string; pendingLabel: string; ariaLabel: string };
  /** The confirmation after a change, if the last submission made one. */
  succeeded?: ReactNode;
  /** The failure of the last submission, already translated. */
  failed?: string;
}) {
  const id = useId();
  const messageId = succeeded || failed ? `${id}-message` : undefined;
  return (
    <form action={action} className="flex flex-col gap-2">
      <HiddenFields fields={hidden} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <label htmlFor={`${id}-role`} className="sr-only">
          {label}
        </label>
        <select
          // A select takes its default only when mounted: remount it with the value to show.
          key={value}
          id={`${id}-role`}
          name="role"
          defaultValue={value}
          aria-invalid={failed ? true : undefined}
          aria-describedby={messageId}
          className={`${controlClasses} w-full sm:w-auto sm:min-w-[10rem]`}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <Button
          type="submit"
          variant="secondary"
          className="w-full sm:w-auto"
          pending={pending}
          pendingLabel={submit.pendingLabel}
          aria-label={submit.ariaLabel}
        >
          {submit.label}
        </Button>
      </div>
      {succeeded ? (
        <p id={messageId} role="status" className="text-sm font-medium text-success">
          <span aria-hidden="true">✓ </span>
          {succeeded}
        </p>
      ) : null}
      {failed ? (
        <div id={messageId} role="alert">
          <FieldError id={`${id}-error`}>{failed}</FieldError>
        </div>
      ) : null}
    </form>
  );
}
