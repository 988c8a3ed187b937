import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Eyebrow, PageBand } from "@/components/layout/page-band";
import { sharedPageMetadata } from "@/components/ui/page-metadata";

/*
 * The cross-campaign listing pages (awaiting response, targets, resolutions, states): one
 * header and one way of stating their metadata. Each takes its texts from its own message
 * namespace, which has eyebrow, title, lead and metaDescription.
 */

type ListingNamespace =
  | "awaitingPage"
  | "targetsPage"
  | "resolutionsPage"
  | "statesPage"
  | "searchPage"
  | "developersPage";

export async function listingPageMetadata(namespace: ListingNamespace, path: string): Promise<Metadata> {
  const t = await getTranslations(namespace);
  return sharedPageMetadata({ title: t("title"), description: t("metaDescription"), canonical: path });
}

/** The page's header band: eyebrow, title and lead, then anything the page adds. */
export async function ListingPageHeader({
  namespace,
  children,
}: {
  namespace: ListingNamespace;
  children?: ReactNode;
}) {
  const t = await getTranslations(namespace);
  return (
    <PageBand spacing="listing">
      <Eyebrow>{t("eyebrow")}</Eyebrow>
      <h1 className="mt-3 text-4xl font-bold text-ink sm:text-5xl">{t("title")}</h1>
      <p className="mt-5 max-w-2xl text-lg text-ink-muted">{t("lead")}</p>
      {children}
    </PageBand>
  );
}
