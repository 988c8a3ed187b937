import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";

/**
 * ← Previous / "Page 3 of 9" / Next → under a long list; the links are plain addresses,
 * so paging works without JavaScript. Nothing when everything fits on one page.
 */
export function Pagination({
  label,
  status,
  page,
  pageCount,
  href,
  previous,
  next,
}: {
  /** Names the navigation for screen readers: "Signatory pages". */
  label: string;
  /** "Page 3 of 9". */
  status: ReactNode;
  page: number;
  pageCount: number;
  href: (page: number) => string;
  previous: ReactNode;
  next: ReactNode;
}) {
  if (pageCount <= 1) return null;
  // On the first and last page the missing link leaves an empty slot, so the others stay put.
  const spacer = <span className="hidden min-w-32 sm:block" />;
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={buttonClasses("secondary")}>
          <span aria-hidden="true">←</span> {previous}
        </Link>
      ) : (
        spacer
      )}
      <p className="order-first w-full text-center font-semibold sm:order-none sm:w-auto">{status}</p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={buttonClasses("secondary")}>
          {next} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        spacer
      )}
    </nav>
  );
}
