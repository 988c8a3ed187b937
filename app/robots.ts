import type { MetadataRoute } from "next";
import { LOCALES, localePath } from "@/lib/domain/locales";
import { siteUrl } from "@/lib/server/env";

/*
 * robots.txt: the public record is open to search engines; the staff workspace, accounts,
 * sign-in, confirmation links and the API are not theirs to crawl. Read per request, so
 * the sitemap's address is the running server's SITE_URL.
 */
export const dynamic = "force-dynamic";

const PRIVATE_PATHS = [
  "/staff",
  "/account",
  "/sign-in",
  "/sign-up",
  "/confirm/",
  "/follow",
  "/subscriptions",
  "/unsubscribe/",
  "/your-data/",
];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/api/",
        // In every language: /staff, /ko/staff…
        ...LOCALES.flatMap((locale) => PRIVATE_PATHS.map((path) => localePath(locale, path))),
      ],
    },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
