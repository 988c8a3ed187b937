import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { getResolutionMatrix } from "@/db/queries/resolutions";
import type { RegionalGroup } from "@/lib/domain/un/states";
import { resolutionChangesPath, resolutionGroupPath, resolutionPath } from "@/lib/domain/urls";

/** A resolution line's page metadata, for every state or one regional group. */
export async function resolutionMetadata(slug: string, group: RegionalGroup | null): Promise<Metadata> {
  const [data, t, tGroups] = await Promise.all([
    getResolutionMatrix(slug),
    getTranslations("resolutionPage"),
    getTranslations("regionalGroups"),
  ]);
  if (!data) return {};
  const { resolution } = data;
  const title = group
    ? t("titleGroup", { title: resolution.title, group: tGroups(group) })
    : resolution.title;
  const description = t("metaDescription", { title: resolution.title, body: resolution.body.name });
  const canonical = group ? resolutionGroupPath(resolution.slug, group) : resolutionPath(resolution.slug);
  return sharedPageMetadata({ title, description, canonical });
}

/** The metadata of a line's page of changes in co-sponsorship. */
export async function resolutionChangesMetadata(slug: string): Promise<Metadata> {
  const [data, t] = await Promise.all([getResolutionMatrix(slug), getTranslations("resolutionChanges")]);
  if (!data) return {};
  return sharedPageMetadata({
    title: t("metaTitle", { title: data.resolution.title }),
    description: t("lead"),
    canonical: resolutionChangesPath(data.resolution.slug),
  });
}
