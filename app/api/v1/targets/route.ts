import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/targets — targets with their response figures. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.listTargets);
export const OPTIONS = apiPreflight;
