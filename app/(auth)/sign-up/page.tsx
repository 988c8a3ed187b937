import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
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
    <div className="mx-auto w-full max-w-lg px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg text-ink-muted">{t("intro")}</p>
      <Card className="mt-8">
        <SignUpForm passwordMinLength={PASSWORD_MIN_LENGTH} />
      </Card>
    </div>
  );
}
