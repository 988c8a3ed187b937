import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { HeldDataView } from "@/components/privacy/held-data";
import { RequestLinkForm } from "@/components/privacy/request-link-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { loadHeldData } from "@/db/queries/data-subject";
import { run } from "@/db/queries/run";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { siteRetentionMonths } from "@/lib/domain/personal-data";
import { readDataLinkToken } from "@/lib/server/data-link";

/*
 * What the site holds about the address a link was sent to (every e-mail carries one).
 * Rendered per request and never cached: it is one person's. Opening it changes nothing
 * (mail scanners fetch links); its buttons POST with the token. The token is in the
 * address, so the page is not indexed and sends no Referer to other sites.
 */

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("privacy.held");
  // same-origin, not no-referrer: with no-referrer the browser sends "Origin: null" on the
  // forms' POSTs, and Next refuses a server action from an unknown origin.
  return { title: t("title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

type Props = { params: LocaleParams<{ token: string }> };

export default async function HeldDataPage({ params }: Props) {
  await routeLocale(params);
  await connection();
  const { token } = await params;
  const t = await getTranslations("privacy.held");
  const claim = readDataLinkToken(token);
  const usable = claim && !claim.expired ? claim : null;
  const held = usable
    ? await run(loadHeldData, { address: usable.normalised, siteMonths: siteRetentionMonths() })
    : null;

  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <div className="mt-8">
        {usable && held ? (
          <HeldDataView token={token} address={usable.address} held={held} />
        ) : (
          <>
            <Alert tone="error">{t(claim ? "expired" : "invalid")}</Alert>
            <Card className="mt-6">
              <RequestLinkForm />
            </Card>
          </>
        )}
      </div>
    </div>
  );
}
