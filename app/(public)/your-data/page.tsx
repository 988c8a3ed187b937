import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { RequestLinkForm } from "@/components/privacy/request-link-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.request");
  return { title: t("title") };
}

/** Anyone may ask what the site holds about their address: the answer goes to that address. */
export default async function YourDataPage() {
  const t = await getTranslations("privacy.request");
  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      <RequestLinkForm />
    </AuthPage>
  );
}
