import Link from "next/link";
import type { ReactNode } from "react";

/**
 * Every staff page's frame: one width and padding for all, so the left edge does not
 * move from section to section. Forms and single records read in a narrower column
 * that starts where every staff page does.
 */
export function StaffPage({ narrow = false, children }: { narrow?: boolean; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-12 sm:px-6 sm:py-16">
      {narrow ? <div className="max-w-3xl">{children}</div> : children}
    </div>
  );
}

/** The way back up, above a staff page's heading: "← All organisations". */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
