import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/campaigns/[slug] — a campaign with its asks, letters and timeline. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.getCampaign);
export const OPTIONS = apiPreflight;
