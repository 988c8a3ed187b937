import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/server/env";

/*
 * robots.txt: the public record is open to search engines; the staff workspace, accounts,
 * sign-in, confirmation links and the API are not theirs to crawl. Read per request, so
 * the sitemap's address is the running server's SITE_URL.
 */
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/staff",
        "/account",
        "/api/",
        "/sign-in",
        "/sign-up",
        "/confirm/",
        "/follow",
        "/subscriptions",
        "/unsubscribe/",
        "/your-data/",
      ],
    },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
