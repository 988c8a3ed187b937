import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteChrome } from "@/components/layout/site-chrome";
import { StatusPage } from "@/components/layout/status-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notFound");
  return { title: t("title") };
}

export default function NotFound() {
  // Outside every route group's layout (a 404 replaces them): the site's chrome is put here.
  return (
    <SiteChrome>
      <StatusPage status={404} namespace="notFound" />
    </SiteChrome>
  );
}
