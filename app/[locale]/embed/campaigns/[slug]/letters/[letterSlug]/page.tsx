import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LetterEmbed } from "@/components/embed/letter-embed";
import { findLetterPage, type LetterRouteProps, requireLetterPage } from "@/components/letter/letter-route";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { routeLocale } from "@/i18n/route-locale";
import { letterCardPath, letterPath } from "@/lib/domain/urls";

/*
 * A letter's widget for other sites' iframes. Cached like the letter's page, from the
 * same data under the same tag, so a signature or a response shows in both at once.
 */
export const revalidate = 600;

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LetterRouteProps): Promise<Metadata> {
  await routeLocale(params);
  const [page, t] = await Promise.all([findLetterPage(params), getTranslations("embed")]);
  if (!page) return {};
  const { letter } = page;
  return sharedPageMetadata({
    title: t("letterTitle", { title: letter.title }),
    description: undefined,
    canonical: letterPath(letter.campaignSlug, letter.slug),
    card: { path: letterCardPath(letter.campaignSlug, letter.slug), kind: "letter" },
  });
}

export default async function LetterEmbedPage({ params }: LetterRouteProps) {
  await routeLocale(params);
  return <LetterEmbed page={await requireLetterPage(params)} />;
}
