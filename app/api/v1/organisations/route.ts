import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/organisations — organisations and coalitions, a page at a time. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.listOrganisations);
export const OPTIONS = apiPreflight;
