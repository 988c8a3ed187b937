import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/campaigns/[slug]/letters/[letterSlug]/signatories.json — the whole public signatory list, to download. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.downloadSignatories);
export const OPTIONS = apiPreflight;
