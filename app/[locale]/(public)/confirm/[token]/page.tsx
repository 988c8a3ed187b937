import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { FollowOffer } from "@/components/following/follow-offer";
import { ConfirmForm } from "@/components/signing/confirm-form";
import { countryOptions } from "@/components/signing/countries";
import { letterShare } from "@/components/signing/letter-share";
import { NextStep } from "@/components/signing/next-step";
import { SignatureAppearance } from "@/components/signing/signature-appearance";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { run } from "@/db/queries/run";
import { getConfirmationPreview } from "@/db/queries/signing";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { TOKEN_PATTERN } from "@/lib/domain/tokens";

/*
 * The page an e-mail's confirmation link opens. Opening it changes nothing (mail
 * scanners fetch links). Anyone can type anyone's address into the sign form, so the
 * page shows exactly what will be published and lets the owner of the address correct
 * it; the button POSTs the details with the token (the sign.confirm action). The token is in the
 * address, so the page sends no Referer to other sites and is not indexed.
 */

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("signing.confirm");
  // same-origin, not no-referrer: with no-referrer the browser sends "Origin: null" on
  // the form's POST, and Next refuses a server action from an unknown origin.
  return { title: t("title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

type Props = { params: LocaleParams<{ token: string }> };

const shareOf = (preview: { campaignSlug: string; letterSlug: string; letterTitle: string }) =>
  letterShare({ campaignSlug: preview.campaignSlug, slug: preview.letterSlug, title: preview.letterTitle });

export default async function ConfirmSignaturePage({ params }: Props) {
  await routeLocale(params);
  await connection();
  const { token } = await params;
  const [t, preview] = await Promise.all([
    getTranslations("signing.confirm"),
    TOKEN_PATTERN.test(token) ? run(getConfirmationPreview, { token }) : { state: "invalid" as const },
  ]);

  let body: ReactNode;
  switch (preview.state) {
    case "ready":
      body = (
        <>
          <p className="text-lg">{t("intro", { letter: preview.letterTitle })}</p>
          <p className="mt-2 text-ink-muted">{t("explain")}</p>
          <ConfirmForm
            token={token}
            campaignTitle={preview.campaignTitle}
            signature={preview}
            countries={countryOptions(await getLocale())}
            share={shareOf(preview)}
          />
        </>
      );
      break;
    case "confirmed":
    case "awaiting_approval":
      body = (
        <>
          <Alert tone="success">
            {t(preview.state === "confirmed" ? "confirmed" : "awaiting", { letter: preview.letterTitle })}
          </Alert>
          <div className="mt-6">
            <SignatureAppearance signature={preview} letter={preview} />
          </div>
          <NextStep heading="h2" share={shareOf(preview)} />
          <FollowOffer token={token} campaignTitle={preview.campaignTitle} />
        </>
      );
      break;
    case "frozen":
      body = <Alert tone="info">{t("frozen", { letter: preview.letterTitle })}</Alert>;
      break;
    default:
      body = <Alert tone="error">{t(preview.state)}</Alert>;
  }

  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <Card className="mt-8">{body}</Card>
      {preview.state !== "ready" ? (
        <p className="mt-6">
          <Link href="/">{t("home")}</Link>
        </p>
      ) : null}
    </div>
  );
}
