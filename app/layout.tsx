import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/layout/user-menu";
import { Link } from "@/components/ui/link";
import { publicClientMessages } from "@/i18n/client-messages";
import { siteUrl } from "@/lib/server/env";
import "./globals.css";
import { AWAITING_PATH, RESOLUTIONS_PATH, STATES_PATH, TARGETS_PATH } from "@/lib/domain/urls";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { template: t("titleTemplate"), default: t("defaultTitle") },
    description: t("description"),
    applicationName: t("siteName"),
    // Canonical URLs are absolute: set SITE_URL to the public address in production.
    metadataBase: new URL(siteUrl()),
    openGraph: { siteName: t("siteName"), type: "website" },
  };
}

const navLink =
  "inline-flex min-h-11 items-center rounded-md px-2 font-medium text-ink no-underline hover:bg-paper-deep hover:text-ink";

async function SiteHeader() {
  // The same for everyone: who is signed in is filled in by the browser (UserMenu).
  const [t, tMeta, tPublic] = await Promise.all([
    getTranslations("nav"),
    getTranslations("meta"),
    getTranslations("publicNav"),
  ]);
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2 sm:px-6">
        <Link
          href="/"
          aria-label={t("homeLink")}
          className="inline-flex min-h-11 items-center gap-2 font-serif text-2xl font-bold tracking-tight text-ink no-underline hover:text-accent-strong"
        >
          <span aria-hidden="true" className="inline-block size-3 rotate-45 bg-accent" />
          {tMeta("siteName")}
        </Link>
        <nav aria-label={t("label")} className="-mx-2 sm:mx-0">
          <ul className="flex flex-wrap items-center gap-x-1 gap-y-1 sm:gap-x-2">
            <li>
              <Link href="/#campaigns" className={navLink}>
                {t("campaigns")}
              </Link>
            </li>
            <li>
              <Link href={AWAITING_PATH} className={navLink}>
                {tPublic("awaiting")}
              </Link>
            </li>
            <li>
              <Link href={TARGETS_PATH} className={navLink}>
                {tPublic("targets")}
              </Link>
            </li>
            <li>
              <Link href={RESOLUTIONS_PATH} className={navLink}>
                {tPublic("resolutions")}
              </Link>
            </li>
            <UserMenu />
          </ul>
        </nav>
      </div>
    </header>
  );
}

async function SiteFooter() {
  const [t, tMeta, tNav, tPublic] = await Promise.all([
    getTranslations("footer"),
    getTranslations("meta"),
    getTranslations("nav"),
    getTranslations("publicNav"),
  ]);
  // Every public listing; the header keeps to the main ones, so States is reached from here.
  const links: Array<[string, string]> = [
    ["/#campaigns", tNav("campaigns")],
    [AWAITING_PATH, tPublic("awaiting")],
    [TARGETS_PATH, tPublic("targets")],
    [RESOLUTIONS_PATH, tPublic("resolutions")],
    [STATES_PATH, tPublic("states")],
  ];
  return (
    <footer className="mt-16 border-t border-line bg-paper-deep print:hidden">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-8 text-sm text-ink-muted sm:px-6">
        <p className="font-serif text-base font-bold text-ink">{tMeta("siteName")}</p>
        <p>{t("purpose")}</p>
        <nav aria-label={tPublic("footerLabel")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {links.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className="inline-flex min-h-11 items-center font-medium">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t("openSource")}</p>
      </div>
    </footer>
  );
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col antialiased">
        <NextIntlClientProvider messages={publicClientMessages}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-ink focus:px-4 focus:py-3 focus:font-semibold focus:text-white"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
