import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/awaiting-response — every sent letter awaiting a response. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.getAwaitingResponse);
export const OPTIONS = apiPreflight;
