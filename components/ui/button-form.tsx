import type { ComponentProps, ReactNode } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { HiddenFields } from "@/components/ui/hidden-fields";

type ButtonFormProps = {
  action: (formData: FormData) => void;
  hidden: Record<string, string>;
  className?: string;
  /** The button's words, variant (secondary unless said), pending state and accessible name. */
  button: Omit<ComponentProps<typeof Button>, "type">;
  /**
   * For what cannot simply be undone: the button opens a question first, and the form's
   * own button answers it. A <details>, so it asks without JavaScript too.
   */
  confirm?: { summary: ReactNode; label: string; question: ReactNode };
  /** After the button: what the last press came to. */
  children?: ReactNode;
};

/**
 * A form that is one button, posting the record it acts on ("Approve", "Withdraw"); a
 * plain form post, so it works without JavaScript.
 */
export function ButtonForm({ action, hidden, className, button, confirm, children }: ButtonFormProps) {
  const form = (
    <form action={action} className={confirm ? "flex flex-col gap-2" : className}>
      <HiddenFields fields={hidden} />
      <Button type="submit" variant="secondary" {...button} />
      {children}
    </form>
  );
  if (!confirm) return form;
  return (
    <details className={className}>
      <summary
        aria-label={confirm.label}
        className={buttonClasses("secondary", "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}
      >
        {confirm.summary}
      </summary>
      <div className="mt-2 flex max-w-sm flex-col gap-3 rounded-md border border-line bg-paper p-3 text-sm">
        <p>{confirm.question}</p>
        {form}
      </div>
    </details>
  );
}
