import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { FollowConfirmForm } from "@/components/following/follow-confirm-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { getFollowConfirmation } from "@/db/queries/following";
import { run } from "@/db/queries/run";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { TOKEN_PATTERN } from "@/lib/domain/tokens";
import { campaignPath, letterPath, SUBSCRIPTIONS_PATH } from "@/lib/domain/urls";

/*
 * The page a follow's confirmation link opens. Opening it changes nothing (mail scanners
 * fetch links): it says what would be followed, and its button confirms. The token is in
 * the address, so the page sends no Referer to other sites and is not indexed.
 */

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("following.confirm");
  // same-origin, not no-referrer: with no-referrer the form's POST carries "Origin: null".
  return { title: t("title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

type Props = { params: LocaleParams<{ token: string }> };

export default async function ConfirmFollowPage({ params }: Props) {
  await routeLocale(params);
  await connection();
  const { token } = await params;
  const [t, follow] = await Promise.all([
    getTranslations("following.confirm"),
    TOKEN_PATTERN.test(token) ? run(getFollowConfirmation, { token }) : { state: "invalid" as const },
  ]);

  if (!("campaignTitle" in follow)) {
    return (
      <div className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
        <h1 className="text-4xl font-bold">{t("title")}</h1>
        <Card className="mt-8">
          <Alert tone="error">{t(follow.state)}</Alert>
        </Card>
      </div>
    );
  }
  const values = {
    campaign: follow.campaignTitle,
    letter: follow.letterTitle ?? "",
    isLetter: follow.letterTitle ? "yes" : "no",
  };
  const href = follow.letterSlug
    ? letterPath(follow.campaignSlug, follow.letterSlug)
    : campaignPath(follow.campaignSlug);
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <Card className="mt-8 flex flex-col gap-4">
        {follow.state === "confirmed" ? (
          <>
            <Alert tone="success">{t("done", values)}</Alert>
            <p className="flex flex-wrap gap-x-6 gap-y-2">
              <Link href={href}>{t("toCampaign")}</Link>
              <Link href={SUBSCRIPTIONS_PATH}>{t("manage")}</Link>
            </p>
          </>
        ) : (
          <>
            <p className="text-lg">{t("intro", values)}</p>
            <p className="text-ink-muted">{t("level", { level: follow.level })}</p>
            <FollowConfirmForm token={token} campaignHref={href} />
          </>
        )}
      </Card>
    </div>
  );
}
