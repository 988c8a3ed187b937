import { buttonClasses } from "@/components/ui/button";

/**
 * Opens the browser's print dialog. Shown by the page's script (public/enhance.js,
 * data-print), which makes it work; without script the browser's own print command does.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" hidden data-print="" className={buttonClasses("primary", "print:hidden")}>
      {label}
    </button>
  );
}
