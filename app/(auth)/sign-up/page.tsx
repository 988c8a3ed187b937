import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/session";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/account");
  const t = await getTranslations("auth.signUp");
  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      <SignUpForm passwordMinLength={PASSWORD_MIN_LENGTH} />
    </AuthPage>
  );
}
