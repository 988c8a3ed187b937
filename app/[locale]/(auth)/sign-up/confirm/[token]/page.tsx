import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { ConfirmAccountForm } from "@/components/auth/confirm-account-form";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/*
 * The page a new account's e-mail link opens. Opening it changes nothing (mail scanners
 * fetch links); the button POSTs the token, and a refusal (used, expired) is shown then.
 */

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("auth.confirm");
  return { title: t("title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

type Props = { params: LocaleParams<{ token: string }> };

export default async function ConfirmAccountPage({ params }: Props) {
  await routeLocale(params);
  const { token } = await params;
  const t = await getTranslations("auth.confirm");
  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      <ConfirmAccountForm token={token} />
    </AuthPage>
  );
}
