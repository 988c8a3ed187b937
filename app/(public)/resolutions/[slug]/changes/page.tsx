import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResolutionChangesView } from "@/components/resolution/changes-page";
import { getResolutionMatrix } from "@/db/queries/resolutions";
import { resolutionChangesPath } from "@/lib/domain/urls";

// Every change in a line's co-sponsors: cached like the line's page, under the same tag
// (the data's), so one write expires every view of the line.
export const revalidate = 600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [data, t] = await Promise.all([getResolutionMatrix(slug), getTranslations("resolutionChanges")]);
  if (!data) return {};
  const title = t("metaTitle", { title: data.resolution.title });
  const canonical = resolutionChangesPath(data.resolution.slug);
  return { title, description: t("lead"), alternates: { canonical }, openGraph: { title, url: canonical } };
}

export default async function ResolutionChangesPage({ params }: Props) {
  const { slug } = await params;
  const data = await getResolutionMatrix(slug);
  if (!data) notFound();
  return <ResolutionChangesView data={data} />;
}
