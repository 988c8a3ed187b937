import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/campaigns/[slug]/letters/[letterSlug] — a letter with its tally and each target's response status. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.getLetter);
export const OPTIONS = apiPreflight;
