import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/resolutions/[slug] — a resolution line with every state's positions. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.getResolution);
export const OPTIONS = apiPreflight;
