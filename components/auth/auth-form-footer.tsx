import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";

/**
 * Under the sign-in and sign-up forms: the submit button, and beside it the way to the
 * other form for someone on the wrong one ("No account yet? Create one").
 */
export function AuthFormFooter({
  pending,
  pendingLabel,
  submit,
  question,
  other,
}: {
  pending: boolean;
  pendingLabel: string;
  submit: ReactNode;
  question: ReactNode;
  other: { href: string; label: ReactNode };
}) {
  return (
    <div className="flex flex-col gap-4 pt-1 sm:flex-row sm:items-center sm:justify-between">
      <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
        {submit}
      </Button>
      <p className="text-ink-muted">
        {question} <Link href={other.href}>{other.label}</Link>
      </p>
    </div>
  );
}
