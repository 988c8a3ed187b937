import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { RequestLinkForm } from "@/components/privacy/request-link-form";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("privacy.request");
  return { title: t("title") };
}

/** Anyone may ask what the site holds about their address: the answer goes to that address. */
export default async function YourDataPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  const t = await getTranslations("privacy.request");
  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      <RequestLinkForm />
    </AuthPage>
  );
}
