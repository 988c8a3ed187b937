import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/campaigns — public campaigns and where each stands. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.listCampaigns);
export const OPTIONS = apiPreflight;
