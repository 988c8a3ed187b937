import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubscriptionsRequestForm } from "@/components/following/subscriptions-request-form";
import { Card } from "@/components/ui/card";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/** Where every notification's "manage all your subscriptions" link leads: an address in, a link e-mailed out. */
export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("following.subscriptions");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function SubscriptionsPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  const t = await getTranslations("following.subscriptions");
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <Card className="mt-8 flex flex-col gap-5">
        <p>{t("intro")}</p>
        <SubscriptionsRequestForm />
      </Card>
    </div>
  );
}
