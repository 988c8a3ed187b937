import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { useLocalePath } from "@/i18n/locale-path";

/*
 * The widgets other sites put in an iframe: small (readable from 300 px wide), no site
 * header or footer. Every link opens the full record in a new tab (ExternalLink), so a
 * reader never navigates the embedding site's frame. The card fills its frame, until the
 * framing page asks the widget's one script (public/embed-frame.js, loaded by
 * app/[locale]/embed/layout.tsx) for its height: then it takes its content's height
 * (data-embed-sized) and the frame is sized to it.
 */

/** A link out of the frame, to the full record on this site, in a new tab. */
export function ExternalLink({
  href,
  className,
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  // The record in the widget's language.
  const localized = useLocalePath(href);
  return (
    <a href={localized} target="_blank" rel="noopener" className={className}>
      {children}
    </a>
  );
}

/** The widget's card: the site's name, the widget, and a link to the full record with its date. */
export async function EmbedFrame({
  fullHref,
  asOf,
  children,
}: {
  fullHref: string;
  /** The day the figures were read ("as of 28 November 2026"). */
  asOf: string;
  children: ReactNode;
}) {
  const [t, tMeta] = await Promise.all([getTranslations("embed"), getTranslations("meta")]);
  return (
    <div
      data-embed-card
      className="flex min-h-screen flex-col gap-3 border border-line bg-surface px-4 py-3 text-base [[data-embed-sized]_&]:min-h-0"
    >
      <p className="flex items-center gap-2 text-sm font-semibold text-ink-muted">
        <span aria-hidden="true" className="inline-block size-2.5 rotate-45 bg-accent" />
        {tMeta("siteName")}
      </p>
      <div className="flex flex-1 flex-col gap-3">{children}</div>
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-t border-line pt-2 text-sm">
        <ExternalLink href={fullHref} className="font-semibold">
          {t("fullRecord")}
          <span aria-hidden="true"> ↗</span>
          <span className="sr-only"> {t("newTab")}</span>
        </ExternalLink>
        <span className="text-ink-muted">{t("asOf", { date: asOf })}</span>
      </p>
    </div>
  );
}
