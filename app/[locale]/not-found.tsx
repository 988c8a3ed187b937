import type { Metadata } from "next";
import { locale as rootLocale } from "next/root-params";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteChrome } from "@/components/layout/site-chrome";
import { StatusPage } from "@/components/layout/status-page";
import { toLocale } from "@/lib/domain/locales";

/** The language of the address, which a not-found file gets no params to read. */
async function notFoundLocale() {
  const locale = toLocale(await rootLocale());
  setRequestLocale(locale);
  return locale;
}

export async function generateMetadata(): Promise<Metadata> {
  await notFoundLocale();
  const t = await getTranslations("notFound");
  return { title: t("title") };
}

/**
 * The 404 page of a page's notFound(), in the page's language (an address no route
 * serves gets app/global-not-found.tsx). Outside every route group's layout (a 404
 * replaces them): the site's chrome is put here.
 */
export default async function NotFound() {
  await notFoundLocale();
  return (
    <SiteChrome plain>
      <StatusPage status={404} namespace="notFound" />
    </SiteChrome>
  );
}
