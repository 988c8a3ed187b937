import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/campaigns/[slug]/letters/[letterSlug]/signatories — a page of a letter's public signatories. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.listSignatories);
export const OPTIONS = apiPreflight;
