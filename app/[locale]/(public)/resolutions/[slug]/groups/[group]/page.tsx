import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { resolutionMetadata } from "@/components/resolution/resolution-metadata";
import { ResolutionPageView } from "@/components/resolution/resolution-page";
import { getResolutionMatrix } from "@/db/queries/resolutions";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { regionalGroupFromSegment } from "@/lib/domain/urls";

// A resolution line's matrix narrowed to one regional group: cached like the line's page,
// under the same tag, so one write expires every view of the line.
export const revalidate = 600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: LocaleParams<{ slug: string; group: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await routeLocale(params);
  const { slug, group } = await params;
  const regionalGroup = regionalGroupFromSegment(group);
  return regionalGroup ? resolutionMetadata(slug, regionalGroup) : {};
}

export default async function ResolutionGroupPage({ params }: Props) {
  await routeLocale(params);
  const { slug, group } = await params;
  const regionalGroup = regionalGroupFromSegment(group);
  const data = regionalGroup ? await getResolutionMatrix(slug) : null;
  if (!data || !regionalGroup) notFound();
  return <ResolutionPageView data={data} group={regionalGroup} />;
}
