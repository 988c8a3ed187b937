import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";

/*
 * The band across the top of a public page, on the surface colour: the way back to the
 * list a record belongs to, the small capitals above the title, and the title's block.
 */

const SPACING = {
  /** A record's page: room above for the way back. */
  record: "pt-6 pb-10",
  /** A list or a profile, with no way back above. */
  listing: "py-10 sm:py-14",
} as const;

export function PageBand({
  as: Tag = "header",
  spacing = "record",
  className = "",
  children,
}: {
  /** "div" where the page's header is elsewhere. */
  as?: "header" | "div";
  spacing?: keyof typeof SPACING;
  /** Added to the inner block: "sm:pb-14". */
  className?: string;
  children: ReactNode;
}) {
  return (
    <Tag className="border-b border-line bg-surface">
      <div className={`mx-auto max-w-5xl px-4 sm:px-6 ${SPACING[spacing]} ${className}`.trim()}>
        {children}
      </div>
    </Tag>
  );
}

/** "← All states": back to the list, in a navigation region named by `label`. */
export function BandBackLink({
  label,
  href,
  children,
}: {
  label: string;
  href: string;
  children: ReactNode;
}) {
  return (
    <nav aria-label={label} className="text-sm">
      <Link
        href={href}
        className="inline-flex min-h-11 items-center gap-1.5 font-medium text-accent no-underline hover:underline"
      >
        <span aria-hidden="true">←</span> {children}
      </Link>
    </nav>
  );
}

/** The small capitals above a title: what kind of page or record it is. */
export function Eyebrow({ className = "", children }: { className?: string; children: ReactNode }) {
  return (
    <p className={`text-sm font-semibold tracking-widest text-accent uppercase ${className}`.trim()}>
      {children}
    </p>
  );
}
