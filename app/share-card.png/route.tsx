import { getTranslations } from "next-intl/server";
import { shareCardResponse } from "@/components/share/share-card";

/*
 * The site's share card, for every page without one of its own (campaigns and letters
 * have theirs). It shows only the catalog's words, so it is drawn once, at build time.
 */
export const dynamic = "force-static";

export async function GET() {
  const [t, tMeta] = await Promise.all([getTranslations("share"), getTranslations("meta")]);
  return shareCardResponse({
    siteName: tMeta("siteName"),
    eyebrow: t("siteEyebrow"),
    title: t("siteTitle"),
    status: t("siteStatus"),
    tone: "info",
  });
}
