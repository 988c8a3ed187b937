import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/resolutions — resolution lines with their latest totals. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.listResolutions);
export const OPTIONS = apiPreflight;
