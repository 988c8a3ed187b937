import type { ComponentProps, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { HiddenFields } from "@/components/ui/hidden-fields";

type ButtonFormProps = {
  action: (formData: FormData) => void;
  hidden: Record<string, string>;
  className?: string;
  /** The button's words, variant (secondary unless said), pending state and accessible name. */
  button: Omit<ComponentProps<typeof Button>, "type">;
  /** After the button: what the last press came to. */
  children?: ReactNode;
};

/**
 * A form that is one button, posting the record it acts on ("Approve", "Withdraw"); a
 * plain form post, so it works without JavaScript.
 */
export function ButtonForm({ action, hidden, className, button, children }: ButtonFormProps) {
  return (
    <form action={action} className={className}>
      <HiddenFields fields={hidden} />
      <Button type="submit" variant="secondary" {...button} />
      {children}
    </form>
  );
}
