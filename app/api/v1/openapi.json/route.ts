import { openApiOperation } from "@/lib/api/openapi";
import { apiPreflight, apiRoute } from "@/lib/api/respond";

/** GET /api/v1/openapi.json — the API's OpenAPI 3.1 document, generated from its zod schemas. Public. */
export const GET = apiRoute(openApiOperation);
export const OPTIONS = apiPreflight;
