import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { UnsubscribeForm } from "@/components/following/unsubscribe-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { getSubscriptionSubject } from "@/db/queries/following";
import { run } from "@/db/queries/run";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { maskEmail } from "@/lib/domain/following";
import { readUnsubscribeToken } from "@/lib/domain/unsubscribe-token";
import { SUBSCRIPTIONS_PATH } from "@/lib/domain/urls";
import { linkSecret } from "@/lib/server/secrets";

/*
 * Where a notification's unsubscribe link leads (and a mail client's List-Unsubscribe
 * address, opened in a browser): it names the campaign and the address, masked, and a
 * button stops them. Nothing changes on GET. Not indexed; no Referer leaves it.
 */

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("following.unsubscribe");
  return { title: t("title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

type Props = { params: LocaleParams<{ token: string }> };

export default async function UnsubscribePage({ params }: Props) {
  await routeLocale(params);
  await connection();
  const { token } = await params;
  const t = await getTranslations("following.unsubscribe");
  const ref = readUnsubscribeToken(token, linkSecret());
  const subject = ref ? await run(getSubscriptionSubject, ref) : null;
  const values = subject ? { campaign: subject.campaignTitle, email: maskEmail(subject.email) } : null;

  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <Card className="mt-8 flex flex-col gap-4">
        {!subject || !values ? (
          <Alert tone="error">{t("invalid")}</Alert>
        ) : subject.hearing ? (
          <>
            <p className="text-lg">{t("intro", values)}</p>
            <p className="text-ink-muted">{t("explain")}</p>
            <UnsubscribeForm token={token} />
          </>
        ) : (
          <Alert tone="info">{t("already", values)}</Alert>
        )}
      </Card>
      <p className="mt-6">
        <Link href={SUBSCRIPTIONS_PATH}>{t("manage")}</Link>
      </p>
    </div>
  );
}
