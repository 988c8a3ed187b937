import type { Metadata } from "next";
import { ApiReference } from "@/components/developers/api-reference";
import { ListingPageHeader, listingPageMetadata } from "@/components/layout/listing-page";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { openApiDocument } from "@/lib/api/openapi";
import { DEVELOPERS_PATH } from "@/lib/domain/urls";

// Cached like every public page; it changes only with the code.
export const revalidate = 600;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  return listingPageMetadata("developersPage", DEVELOPERS_PATH);
}

/** The public API's reference, built from the OpenAPI document it serves. */
export default async function DevelopersPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  return (
    <>
      <ListingPageHeader namespace="developersPage" />
      <ApiReference document={openApiDocument()} />
    </>
  );
}
