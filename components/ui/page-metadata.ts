import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { languageAlternates } from "@/lib/domain/locale-routing";
import { localePath } from "@/lib/domain/locales";
import { SITE_CARD_PATH } from "@/lib/domain/urls";

/** An Atom feed's link in a page's head, for feed readers to find. */
export function feedAlternate(feed: { url: string; title: string }) {
  return { "application/atom+xml": [feed] };
}

/** Which share card a page's shared link shows (share-card.png routes), with its alt text. */
export type ShareCardKind = "site" | "campaign" | "letter";

/** A share card as Open Graph's image: 1200×630, drawn by components/share/share-card.tsx. */
export async function shareCardImage(path: string, kind: ShareCardKind) {
  const t = await getTranslations("share");
  return { url: path, width: 1200, height: 630, type: "image/png", alt: t(`${kind}Alt`) };
}

/**
 * A public page's metadata, stated once for search engines and once for sharing (Open
 * Graph, and Twitter's large card from the layout): its address (og:url, the canonical
 * one) and its share card, the site's unless `card` names the campaign's or letter's. A
 * page's openGraph replaces the layout's as a whole, so the site name is set again here.
 * `canonical` is the page's path without a language: the canonical address is the page's
 * own language's, and the page's address in every language is given as an hreflang
 * alternate (x-default the English one).
 */
export async function sharedPageMetadata({
  title,
  description,
  canonical,
  type = "website",
  feed,
  card,
}: {
  title: string;
  description: string | undefined;
  canonical: string;
  type?: "website" | "article";
  /** The page's Atom feed, when it has one. */
  feed?: { url: string; title: string };
  /** The campaign's or letter's share card (campaignCardPath, letterCardPath). */
  card?: { path: string; kind: Exclude<ShareCardKind, "site"> };
}): Promise<Metadata> {
  const [t, image, locale] = await Promise.all([
    getTranslations("meta"),
    card ? shareCardImage(card.path, card.kind) : shareCardImage(SITE_CARD_PATH, "site"),
    getLocale(),
  ]);
  const languages = languageAlternates(canonical);
  const address = languages[locale];
  // The page's feed in the page's language.
  const types = feed ? feedAlternate({ ...feed, url: localePath(locale, feed.url) }) : undefined;
  return {
    title,
    description,
    alternates: { canonical: address, languages, ...(types ? { types } : {}) },
    openGraph: { title, description, url: address, type, siteName: t("siteName"), images: [image] },
  };
}
