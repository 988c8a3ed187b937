import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/** After asking to follow: the same words whoever asked, whether or not the address followed already. */
export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("following.sent");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function FollowSentPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  const t = await getTranslations("following.sent");
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <Card className="mt-8">
        <Alert tone="success">{t("body")}</Alert>
        <p className="mt-4 text-ink-muted">{t("spam")}</p>
      </Card>
    </div>
  );
}
