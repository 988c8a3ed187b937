import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { resolutionMetadata } from "@/components/resolution/resolution-metadata";
import { ResolutionPageView } from "@/components/resolution/resolution-page";
import { getResolutionMatrix } from "@/db/queries/resolutions";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/*
 * ISR like the campaign pages: rendered on its first request, then served from the page
 * cache until a position or text on the line changes (cacheTags.resolution). The page reads
 * no search params, so it stays cacheable: the regional-group filter sends its choice to
 * ./groups, which redirects to the group's own cached page.
 */
export const revalidate = 600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: LocaleParams<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await routeLocale(params);
  const { slug } = await params;
  return resolutionMetadata(slug, null);
}

export default async function ResolutionPage({ params }: Props) {
  await routeLocale(params);
  const { slug } = await params;
  const data = await getResolutionMatrix(slug);
  if (!data) notFound();
  return <ResolutionPageView data={data} group={null} />;
}
