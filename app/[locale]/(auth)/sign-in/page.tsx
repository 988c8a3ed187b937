import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { SignInForm } from "@/components/auth/sign-in-form";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { redirectInLocale } from "@/i18n/server-navigation";
import type { SignInState } from "@/lib/actions/auth/server";
import { getCurrentUser } from "@/lib/auth/session";
import { SIGNED_IN_PATH, sameSitePath } from "@/lib/domain/urls";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ params, searchParams }: Props & { params: LocaleParams }) {
  await routeLocale(params);
  const query = await searchParams;
  const callbackUrl = sameSitePath(query.callbackUrl) ?? SIGNED_IN_PATH;
  if (await getCurrentUser()) await redirectInLocale(callbackUrl);
  const t = await getTranslations("auth.signIn");
  // Auth.js sends sign-ins that failed outside the form (at its own endpoint) here.
  const code = typeof query.code === "string" ? query.code : "";
  let initialState: SignInState = null;
  if (code.startsWith("rate_limited:")) {
    const minutes = Math.max(1, Number.parseInt(code.slice("rate_limited:".length), 10) || 1);
    initialState = { ok: false, error: "errors.signIn.rateLimited", errorValues: { minutes } };
  } else if (query.error) {
    initialState = { ok: false, error: "errors.signIn.invalid" };
  }

  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      <SignInForm callbackUrl={callbackUrl} initialState={initialState} />
    </AuthPage>
  );
}
