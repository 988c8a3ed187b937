import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("auth.forgot");
  return { title: t("title") };
}

export default async function ForgotPasswordPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  const t = await getTranslations("auth.forgot");
  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      <ForgotPasswordForm />
    </AuthPage>
  );
}
