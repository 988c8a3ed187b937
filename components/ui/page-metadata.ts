import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** An Atom feed's link in a page's head, for feed readers to find. */
export function feedAlternate(feed: { url: string; title: string }) {
  return { "application/atom+xml": [feed] };
}

/**
 * A public page's metadata, stated once for search engines and once for sharing (Open
 * Graph). A page's openGraph replaces the layout's as a whole, so the site name is set
 * again here.
 */
export async function sharedPageMetadata({
  title,
  description,
  canonical,
  type = "website",
  feed,
}: {
  title: string;
  description: string | undefined;
  canonical: string;
  type?: "website" | "article";
  /** The page's Atom feed, when it has one. */
  feed?: { url: string; title: string };
}): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title,
    description,
    alternates: feed ? { canonical, types: feedAlternate(feed) } : { canonical },
    openGraph: { title, description, url: canonical, type, siteName: t("siteName") },
  };
}
