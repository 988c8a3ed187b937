import { siteUrl } from "./env";

/*
 * The gate in front of every route handler that writes (app/api/**: POST, PUT, PATCH,
 * DELETE). A browser lets any site POST a "simple" request (text/plain, form-encoded)
 * here without asking: such a request is refused before its body is read. A foreign
 * Origin is a 403, anything but a JSON body a 415, each with a JSON error body in the
 * shape the handlers use ({ error: message key }). A request without Origin (curl, a
 * server) is not a browser's cross-site request and goes through. Auth.js's own handler
 * (app/api/auth) is not wrapped: its POSTs are forms, guarded by its CSRF token.
 */

const HEADERS = { "Cache-Control": "no-store, no-transform" };

/** Whether the request's Origin, if it has one, is this site. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  let host: string;
  try {
    // "null" (a sandboxed frame, a data: page) is no origin of ours either.
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const ours = [
    request.headers.get("x-forwarded-host"),
    request.headers.get("host"),
    new URL(request.url).host,
    new URL(siteUrl()).host,
  ];
  return ours.some((h) => h !== null && h.split(",")[0]!.trim().toLowerCase() === host.toLowerCase());
}

/** Whether the body is declared as JSON (application/json, or any +json type). */
function jsonBody(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** The refusal of a write from another site (403) or of a body that is not JSON (415); null to go on. */
export function refuseForeignOrNonJson(request: Request): Response | null {
  if (!sameOrigin(request)) {
    return Response.json({ error: "errors.api.foreignOrigin" }, { status: 403, headers: HEADERS });
  }
  if (!jsonBody(request)) {
    return Response.json({ error: "errors.api.jsonOnly" }, { status: 415, headers: HEADERS });
  }
  return null;
}

/**
 * A writing route handler behind refuseForeignOrNonJson: every POST, PUT, PATCH and
 * DELETE under app/api is built with it (tests/unit/api-writes.test.ts checks).
 */
export function jsonWrite<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => refuseForeignOrNonJson(request) ?? handler(request, context);
}
