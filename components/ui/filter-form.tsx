import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Link } from "@/components/ui/link";
import { useLocalePath } from "@/i18n/locale-path";

/**
 * A plain GET form that narrows a list by one labelled control: it works without
 * JavaScript, and every result has an address of its own. The control (`children`) sits
 * in a row with the submit button and, while a choice is applied, a link that clears it.
 */
export function FilterForm({
  action,
  controlId,
  label,
  submit,
  clear,
  hidden,
  hint,
  status,
  className,
  children,
}: {
  action: string;
  /** The id of the control the label names. */
  controlId: string;
  label: ReactNode;
  submit: ReactNode;
  /** The link back to the whole list; none while nothing is chosen. */
  clear: { href: string; label: ReactNode } | null;
  /** Values sent along unchanged, such as which list is searched. */
  hidden?: Record<string, string>;
  /** A line under the label, with the id `${controlId}-hint` for the control's aria-describedby. */
  hint?: ReactNode;
  /** A line under the row saying what the list now shows, with the id `${controlId}-status`. */
  status?: ReactNode;
  /** Added to the form's own classes. */
  className?: string;
  children: ReactNode;
}) {
  const localizedAction = useLocalePath(action);
  return (
    <search>
      <form
        method="get"
        action={localizedAction}
        className={["flex flex-col gap-1.5", className].filter(Boolean).join(" ")}
      >
        {hidden ? <HiddenFields fields={hidden} /> : null}
        <label htmlFor={controlId} className="font-semibold">
          {label}
        </label>
        {hint ? <Note id={`${controlId}-hint`}>{hint}</Note> : null}
        <div className="flex flex-wrap gap-2">
          {children}
          <button type="submit" className={buttonClasses("primary")}>
            {submit}
          </button>
          {clear ? (
            <Link href={clear.href} className={buttonClasses("quiet")}>
              {clear.label}
            </Link>
          ) : null}
        </div>
        {status ? <Note id={`${controlId}-status`}>{status}</Note> : null}
      </form>
    </search>
  );
}

function Note({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-ink-muted">
      {children}
    </p>
  );
}
