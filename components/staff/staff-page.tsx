import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

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

/**
 * A staff page's heading: the way back (if any), the title, a line saying what the page
 * is for, and the page's main action ("New target") beside them on a wide screen.
 */
export function StaffPageHeader({
  back,
  title,
  intro,
  action,
  children,
}: {
  back?: { href: string; label: ReactNode };
  title: ReactNode;
  intro?: ReactNode;
  action?: { href: string; label: ReactNode };
  /** Anything between the intro and the page's body: a notice, a link. */
  children?: ReactNode;
}) {
  const heading = (
    <div>
      <h1 className={`${back && !action ? "mt-4 " : ""}text-4xl font-bold`}>{title}</h1>
      {intro ? <p className="mt-3 max-w-2xl text-lg text-ink-muted">{intro}</p> : null}
    </div>
  );
  return (
    <>
      {back ? <BackLink href={back.href}>{back.label}</BackLink> : null}
      {action ? (
        <div
          className={`${back ? "mt-4 " : ""}flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between`}
        >
          {heading}
          <Link href={action.href} className={buttonClasses("primary", "shrink-0")}>
            {action.label}
          </Link>
        </div>
      ) : (
        heading
      )}
      {children}
    </>
  );
}
