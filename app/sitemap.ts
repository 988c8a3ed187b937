import type { MetadataRoute } from "next";
import { getSitemapRecords } from "@/db/queries/sitemap";
import { languageAlternates } from "@/lib/domain/locale-routing";
import { LOCALES, localePath } from "@/lib/domain/locales";
import {
  AWAITING_PATH,
  campaignPath,
  DEVELOPERS_PATH,
  letterPath,
  organisationPath,
  RESOLUTIONS_PATH,
  resolutionPath,
  STATES_PATH,
  statePath,
  TARGETS_PATH,
  targetPath,
} from "@/lib/domain/urls";
import { siteUrl } from "@/lib/server/env";

/*
 * sitemap.xml: every public page of a record, at the site's public address, in every
 * language, each entry naming the page's address in the others (hreflang alternates).
 * Read per request, never at build (the build must not open the database, and SITE_URL
 * is the running server's); the records behind it are cached (db/queries/sitemap.ts).
 */
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = siteUrl();
  const records = await getSitemapRecords();
  const absolute = (path: string) => `${site}${path}`;
  const at = (path: string, lastModified?: string) => {
    const languages = Object.fromEntries(
      Object.entries(languageAlternates(path)).map(([language, address]) => [language, absolute(address)]),
    );
    return LOCALES.map((locale) => ({
      url: absolute(localePath(locale, path)),
      lastModified,
      alternates: { languages },
    }));
  };
  return [
    at("/"),
    at(AWAITING_PATH),
    at(TARGETS_PATH),
    at(RESOLUTIONS_PATH),
    at(STATES_PATH),
    at(DEVELOPERS_PATH),
    ...records.campaigns.map((c) => at(campaignPath(c.slug), c.updatedAt)),
    ...records.letters.map((l) => at(letterPath(l.campaignSlug, l.slug), l.updatedAt)),
    ...records.organisations.map((o) => at(organisationPath(o.slug), o.updatedAt)),
    ...records.targets.map((t) => at(targetPath(t.slug), t.updatedAt)),
    ...records.resolutions.map((r) => at(resolutionPath(r.slug))),
    ...records.states.map((s) => at(statePath(s.iso3))),
  ].flat();
}
