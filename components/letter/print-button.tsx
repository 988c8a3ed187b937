"use client";

import { buttonClasses } from "@/components/ui/button";

/** Opens the browser's print dialog; without JavaScript the browser's own print command still works. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClasses("primary", "print:hidden")}>
      {label}
    </button>
  );
}
