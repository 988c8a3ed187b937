import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getResolutionMatrix } from "@/db/queries/resolutions";
import type { RegionalGroup } from "@/lib/domain/un/states";
import { resolutionGroupPath, resolutionPath } from "@/lib/domain/urls";

/** A resolution line's page metadata, for every state or one regional group. */
export async function resolutionMetadata(slug: string, group: RegionalGroup | null): Promise<Metadata> {
  const [data, t, tGroups, tMeta] = await Promise.all([
    getResolutionMatrix(slug),
    getTranslations("resolutionPage"),
    getTranslations("regionalGroups"),
    getTranslations("meta"),
  ]);
  if (!data) return {};
  const { resolution } = data;
  const title = group
    ? t("titleGroup", { title: resolution.title, group: tGroups(group) })
    : resolution.title;
  const description = t("metaDescription", { title: resolution.title, body: resolution.body.name });
  const canonical = group ? resolutionGroupPath(resolution.slug, group) : resolutionPath(resolution.slug);
  return {
    title,
    description,
    alternates: { canonical },
    openGraph: { title, description, url: canonical, type: "website", siteName: tMeta("siteName") },
  };
}
