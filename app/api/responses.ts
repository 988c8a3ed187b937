import { plainNotFound } from "@/lib/feeds/respond";

/*
 * The responses the API's handlers share: a plain 404, and a CSV file to download.
 */

/** The 404 for an unknown id, and for anything the caller may not see (it is not told which). */
export function notFoundResponse(): Response {
  return plainNotFound("Not found");
}

/**
 * A CSV file to download as `filename`. The byte-order mark makes Excel read it as UTF-8;
 * `cacheControl` says who may keep a copy.
 */
export function csvResponse(
  csv: string,
  { filename, cacheControl }: { filename: string; cacheControl: string },
) {
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": cacheControl,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
