import type { Metadata } from "next";
import { ApiReference } from "@/components/developers/api-reference";
import { ListingPageHeader, listingPageMetadata } from "@/components/layout/listing-page";
import { openApiDocument } from "@/lib/api/openapi";
import { DEVELOPERS_PATH } from "@/lib/domain/urls";

// Cached like every public page; it changes only with the code.
export const revalidate = 600;

export function generateMetadata(): Promise<Metadata> {
  return listingPageMetadata("developersPage", DEVELOPERS_PATH);
}

/** The public API's reference, built from the OpenAPI document it serves. */
export default function DevelopersPage() {
  return (
    <>
      <ListingPageHeader namespace="developersPage" />
      <ApiReference document={openApiDocument()} />
    </>
  );
}
