import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PlainPageScript } from "@/components/layout/plain-page-script";
import { SiteFrame } from "@/components/layout/site-frame";
import { StatusPage } from "@/components/layout/status-page";
import "./globals.css";

/*
 * The 404 page of an address no route serves (/nowhere, /ko/nowhere, and the server's
 * NOT_FOUND_PATH: lib/page-cache/missing-pages.ts), a whole page rendered on its own,
 * in the language of the address (proxy.ts tells next-intl). A page's own notFound()
 * gets app/[locale]/not-found.tsx instead. No client component, here or below: Next adds
 * this page's JavaScript to every page's, which cost each public page 8 KiB; its links are
 * plain ones, and the account menu and language control are left out. A plain page
 * (lib/server/plain-page.ts), like every public one.
 */

export async function generateMetadata(): Promise<Metadata> {
  const [t, tMeta] = await Promise.all([getTranslations("notFound"), getTranslations("meta")]);
  // Outside the root layout, whose title template this is.
  return { title: tMeta("titleTemplate").replace("%s", t("title")) };
}

export default async function GlobalNotFound() {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col antialiased">
        <SiteFrame>
          <StatusPage status={404} namespace="notFound" />
        </SiteFrame>
        <PlainPageScript />
      </body>
    </html>
  );
}
