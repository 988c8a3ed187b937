import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/targets/[slug] — a target with its figures and letters. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.getTarget);
export const OPTIONS = apiPreflight;
