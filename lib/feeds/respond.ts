import { createHash } from "node:crypto";

export const ATOM_TYPE = "application/atom+xml; charset=utf-8";
export const ICALENDAR_TYPE = "text/calendar; charset=utf-8";

/*
 * How what other sites and readers fetch goes out (a feed, a badge): with an ETag over
 * its bytes, answered with 304 when the reader already has them, so readers polling
 * every few minutes cost a hash, not a download. The data behind it comes from the same
 * tagged cache as the pages, so a write shows in it as soon as on the page.
 */
export function etagResponse(
  request: Request,
  body: string,
  { contentType, cacheControl }: { contentType: string; cacheControl: string },
): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { "Content-Type": contentType, "Cache-Control": cacheControl, ETag: etag };
  const known = request.headers.get("if-none-match");
  if (known?.split(",").some((tag) => tag.trim() === etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

/** A feed (Atom, or iCalendar for calendar apps), revalidated on every poll. */
export function feedResponse(request: Request, body: string, contentType = ATOM_TYPE): Response {
  return etagResponse(request, body, { contentType, cacheControl: "public, no-cache" });
}

/**
 * The 404 of a feed, calendar or badge whose campaign or letter the public may not see
 * (or that does not exist: it is not told which), as one plain line saying so.
 */
export function plainNotFound(text: string): Response {
  return new Response(`${text}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
