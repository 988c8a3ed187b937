import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { redirectInLocale } from "@/i18n/server-navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export default async function SignUpPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  if (await getCurrentUser()) await redirectInLocale("/account");
  const t = await getTranslations("auth.signUp");
  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      <SignUpForm passwordMinLength={PASSWORD_MIN_LENGTH} />
    </AuthPage>
  );
}
