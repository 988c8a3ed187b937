import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { THEME_COLOR } from "@/components/layout/theme";
import { shareCardImage } from "@/components/ui/page-metadata";
import { publicClientMessages } from "@/i18n/client-messages";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { LOCALES } from "@/lib/domain/locales";
import { SITE_CARD_PATH } from "@/lib/domain/urls";
import { siteUrl } from "@/lib/server/env";
import "../globals.css";

/*
 * The root layout: every page is under a language, /en-GB/… inside (English is served at
 * the unprefixed addresses, proxy.ts) or /ko/…. Only the languages are listed here: a
 * page with no params of its own is so prerendered once per language at build, which
 * reads no database (isBuildPhase); pages with params list none and render on first
 * request.
 */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const [t, card] = await Promise.all([getTranslations("meta"), shareCardImage(SITE_CARD_PATH, "site")]);
  return {
    title: { template: t("titleTemplate"), default: t("defaultTitle") },
    description: t("description"),
    applicationName: t("siteName"),
    // Canonical URLs are absolute: set SITE_URL to the public address in production.
    metadataBase: new URL(siteUrl()),
    openGraph: { siteName: t("siteName"), type: "website", images: [card] },
    // Shared links show the page's card (its opengraph-image) large; pages do not set their own.
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = { themeColor: THEME_COLOR };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  const locale = await routeLocale(params);
  // The site's header and footer come from each route group's layout (SiteChrome), so
  // the embeds under /embed show nothing but themselves.
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col antialiased">
        <NextIntlClientProvider messages={publicClientMessages(locale)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
