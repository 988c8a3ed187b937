import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FollowForm } from "@/components/following/follow-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { findFollowTarget } from "@/db/queries/following";
import { possibleSlugs } from "@/db/queries/public-visibility";
import { run } from "@/db/queries/run";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { FOLLOW_LEVELS, type FollowLevel } from "@/lib/domain/following";
import { campaignPath, letterPath } from "@/lib/domain/urls";

/*
 * The follow form on a page of its own: where a refused request lands (the campaign and
 * letter pages are cached, so they cannot show a refusal), with the message beside its
 * field and the level chosen kept. Read per request; not for search engines.
 */

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("following.form");
  return { title: t("pageTitle"), robots: { index: false, follow: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function FollowPage({ params, searchParams }: Props & { params: LocaleParams }) {
  await routeLocale(params);
  const query = await searchParams;
  const campaign = one(query.campaign) ?? "";
  const letter = one(query.letter);
  const t = await getTranslations();
  const target =
    campaign && possibleSlugs(campaign, ...(letter ? [letter] : []))
      ? await run(findFollowTarget, { campaignSlug: campaign, letterSlug: letter })
      : null;
  const errorKey = one(query.error);
  const minutes = Number(one(query.minutes)) || 1;
  // Only the catalog's refusals are shown: the address is not a place to write messages.
  const error =
    errorKey?.startsWith("errors.") && t.has(errorKey)
      ? t(errorKey as "errors.unexpected", { minutes })
      : undefined;
  const level = FOLLOW_LEVELS.find((l) => l === one(query.level)) as FollowLevel | undefined;
  const title = target?.letterTitle ?? target?.campaignTitle;
  const back = target
    ? target.letterSlug
      ? letterPath(target.campaignSlug, target.letterSlug)
      : campaignPath(target.campaignSlug)
    : null;

  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold">{t("following.form.pageTitle")}</h1>
      <Card className="mt-8">
        {target ? (
          <>
            <p className="mb-6 text-lg">{t("following.form.pageIntro", { title: title! })}</p>
            <FollowForm
              id="follow-page"
              campaignSlug={target.campaignSlug}
              letterSlug={target.letterSlug}
              level={level}
              error={error}
              field={one(query.field)}
            />
          </>
        ) : (
          <Alert tone="error">{t("following.form.notFound")}</Alert>
        )}
      </Card>
      <p className="mt-6">
        {back ? (
          <Link href={back}>{t("following.form.back", { title: title! })}</Link>
        ) : (
          <Link href="/">{t("following.form.home")}</Link>
        )}
      </p>
    </div>
  );
}
