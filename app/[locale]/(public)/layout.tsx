import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/**
 * The public site's pages, inside the site's header and footer: plain HTML, with no
 * framework script (lib/server/plain-page.ts).
 */
export default async function PublicLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  await routeLocale(params);
  return <SiteChrome plain>{children}</SiteChrome>;
}
