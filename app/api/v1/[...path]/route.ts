import { apiPreflight, notFoundJson } from "@/lib/api/respond";

/** Any other address under /api/v1: a 404 in the API's JSON error shape, not the site's HTML page. */
export function GET(): Response {
  return notFoundJson();
}
export const OPTIONS = apiPreflight;
