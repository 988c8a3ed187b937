import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ManageSubscriptions } from "@/components/following/manage-subscriptions";
import { SubscriptionsRequestForm } from "@/components/following/subscriptions-request-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { listSubscriptions, readManageToken } from "@/db/queries/following";
import { run } from "@/db/queries/run";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { maskEmail } from "@/lib/domain/following";
import { TOKEN_PATTERN } from "@/lib/domain/tokens";

/*
 * The page an e-mailed manage link opens: every follow of the address and every letter
 * it signed, each to change or stop. The link works for a day, any number of times;
 * the address shows masked. Not indexed; no Referer leaves it.
 */

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("following.subscriptions");
  return { title: t("manageTitle"), referrer: "same-origin", robots: { index: false, follow: false } };
}

type Props = { params: LocaleParams<{ token: string }> };

export default async function ManageSubscriptionsPage({ params }: Props) {
  await routeLocale(params);
  await connection();
  const { token } = await params;
  const t = await getTranslations("following.subscriptions");
  const link = TOKEN_PATTERN.test(token)
    ? await run(readManageToken, { token })
    : { state: "invalid" as const };

  if (link.state !== "ready") {
    return (
      <div className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
        <h1 className="text-4xl font-bold">{t("manageTitle")}</h1>
        <Card className="mt-8 flex flex-col gap-5">
          <Alert tone="error">{t(link.state)}</Alert>
          <SubscriptionsRequestForm />
        </Card>
      </div>
    );
  }
  const subscriptions = await run(listSubscriptions, { email: link.email });
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold">{t("manageTitle")}</h1>
      <p className="mt-3 text-ink-muted">{t("manageIntro", { email: maskEmail(link.email) })}</p>
      <Card className="mt-8">
        <ManageSubscriptions
          token={token}
          follows={subscriptions.follows}
          signatures={subscriptions.signatures}
        />
      </Card>
    </div>
  );
}
