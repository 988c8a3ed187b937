import { operations } from "@/lib/api/operations";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/organisations/[slug] — an organisation or coalition. Public: no session, nothing private (lib/api/operations.ts). */
export const GET = apiRoute(operations.getOrganisation);
export const OPTIONS = apiPreflight;
