import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResolutionChangesView } from "@/components/resolution/changes-page";
import { resolutionChangesMetadata } from "@/components/resolution/resolution-metadata";
import { getResolutionMatrix } from "@/db/queries/resolutions";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

// Every change in a line's co-sponsors: cached like the line's page, under the same tag
// (the data's), so one write expires every view of the line.
export const revalidate = 600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: LocaleParams<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await routeLocale(params);
  return resolutionChangesMetadata((await params).slug);
}

export default async function ResolutionChangesPage({ params }: Props) {
  await routeLocale(params);
  const { slug } = await params;
  const data = await getResolutionMatrix(slug);
  if (!data) notFound();
  return <ResolutionChangesView data={data} />;
}
