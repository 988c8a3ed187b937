import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** The sign-in and sign-up pages' frame: a narrow column, the title, a line under it, and the form in a card. */
export function AuthPage({
  title,
  intro,
  children,
}: {
  title: ReactNode;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto w-full max-w-lg px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold">{title}</h1>
      <p className="mt-3 text-lg text-ink-muted">{intro}</p>
      <Card className="mt-8">{children}</Card>
    </div>
  );
}
