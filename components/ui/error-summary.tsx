"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { Alert } from "./alert";

/**
 * What went wrong with a form, above it, taking focus each time a submission fails: a
 * keyboard or screen-reader user lands on the summary, not on a button that no longer
 * explains anything. `attempt` is the action's result, new for every submission. On a
 * plain page (no React in the browser) the summary arrives with the page the form was
 * posted to, and public/enhance.js focuses it (data-focus-on-load).
 */
export function ErrorSummary({ attempt, children }: { attempt: unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt) ref.current?.focus();
  }, [attempt]);
  return (
    <Alert tone="error" ref={ref} tabIndex={-1} className="scroll-mt-4" focusOnLoad>
      {children}
    </Alert>
  );
}
