import { createHash } from "node:crypto";

export const ATOM_TYPE = "application/atom+xml; charset=utf-8";
export const ICALENDAR_TYPE = "text/calendar; charset=utf-8";

/*
 * How a feed goes out (Atom, or iCalendar for calendar apps): revalidated on every poll
 * but answered with 304 when nothing changed, so readers and calendar apps polling every
 * few minutes cost a hash, not a download.
 * The data behind it comes from the same tagged cache as the pages, so a write shows
 * in the feed as soon as on the page.
 */
export function feedResponse(request: Request, body: string, contentType = ATOM_TYPE): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "Content-Type": contentType,
    "Cache-Control": "public, no-cache",
    ETag: etag,
  };
  const known = request.headers.get("if-none-match");
  if (known?.split(",").some((tag) => tag.trim() === etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
