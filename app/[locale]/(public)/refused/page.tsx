import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/*
 * The site's 403 page, where the server sends a form post from another site
 * (lib/server/cross-site-form.ts): nothing ran, and `npm start` answers it with status
 * 403. A page of its own rather than Next's forbidden(): that would put its boundary's
 * code in every page's JavaScript.
 */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("forbidden");
  return { title: t("title"), robots: { index: false } };
}

export default async function Refused({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  return <StatusPage status={403} namespace="forbidden" />;
}
