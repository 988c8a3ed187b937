import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { Section } from "@/components/ui/section";

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

/**
 * A page that is one form ("New target"): the heading with the way back, anything to
 * know first (`notice`), and the form in a card.
 */
export function StaffFormPage({
  back,
  title,
  intro,
  notice,
  children,
}: {
  back: { href: string; label: ReactNode };
  title: ReactNode;
  intro?: ReactNode;
  notice?: ReactNode;
  children: ReactNode;
}) {
  return (
    <StaffPage narrow>
      <StaffPageHeader back={back} title={title} intro={intro}>
        {notice}
      </StaffPageHeader>
      <Card className="mt-8">{children}</Card>
    </StaffPage>
  );
}

/**
 * A titled part of a staff page (ui/section); `first` sits closer to the page heading,
 * `anchor` makes it a link target ("#details").
 */
export function StaffSection({
  id,
  heading,
  intro,
  first = false,
  anchor,
  children,
}: {
  /** The heading's id, which labels the section. */
  id: string;
  heading: ReactNode;
  intro?: ReactNode;
  first?: boolean;
  anchor?: string;
  children: ReactNode;
}) {
  return (
    <Section
      id={id}
      heading={heading}
      intro={intro}
      anchor={anchor}
      className={`${first ? "mt-10" : "mt-12"}${anchor ? " scroll-mt-6" : ""}`}
    >
      {children}
    </Section>
  );
}

/**
 * One record's page heading: the way back to its list, badges above the name (if any),
 * the name (long ones wrap), a line under it, and the confirmation after creating it.
 */
export function StaffRecordHeader({
  back,
  above,
  title,
  subtitle,
  created,
}: {
  back: { href: string; label: ReactNode };
  above?: ReactNode;
  title: ReactNode;
  subtitle?: ReactNode;
  /** Shown once, on arriving from the "new" form (?created=1). */
  created?: ReactNode;
}) {
  return (
    <>
      <BackLink href={back.href}>{back.label}</BackLink>
      {above ? <div className="mt-4">{above}</div> : null}
      <h1 className={`${above ? "mt-3" : "mt-4"} text-3xl font-bold break-words sm:text-4xl`}>{title}</h1>
      {subtitle ? <p className="mt-2 text-ink-muted">{subtitle}</p> : null}
      {created ? (
        <Alert tone="success" className="mt-6">
          {created}
        </Alert>
      ) : null}
    </>
  );
}
