import { siteUrl } from "./env";
import { readFormUpTo } from "./request";

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

const ONE_CLICK_BODY_MAX = 2048;

/** Whether the body is declared as a form (how RFC 8058's one-click POST is sent). */
function formBody(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/x-www-form-urlencoded" || type === "multipart/form-data";
}

/**
 * The one exception to jsonWrite: a mail client's one-click unsubscribe (RFC 8058), a
 * form POST of "List-Unsubscribe=One-Click" sent by the mailbox provider, with no cookie
 * and from any origin (or none). The token in the address is the only authority and the
 * only thing it can do is stop e-mails, so the origin does not matter; the body must be
 * exactly that form, within 2 KB, or it is refused (415 for another type, 400 otherwise)
 * before the handler runs. Used by app/api/unsubscribe alone (tests/unit/api-writes.test.ts).
 */
export function oneClickUnsubscribe<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    if (!formBody(request)) {
      return Response.json({ error: "errors.api.oneClickOnly" }, { status: 415, headers: HEADERS });
    }
    const form = await readFormUpTo(request, ONE_CLICK_BODY_MAX);
    if (form === "too large")
      return Response.json({ error: "errors.api.oneClickOnly" }, { status: 413, headers: HEADERS });
    const oneClick = form?.get("List-Unsubscribe") === "One-Click";
    if (!oneClick)
      return Response.json({ error: "errors.api.oneClickOnly" }, { status: 400, headers: HEADERS });
    return handler(request, context);
  };
}
