import type { IncomingMessage, ServerResponse } from "node:http";
import { localePath, splitLocalePath } from "@/lib/domain/locales";

/*
 * A server action posted from another site (a form on evil.example whose action is one of
 * our pages) is refused by Next before the action runs, but with a bare 500. `npm start`
 * refuses it first, the same way Next decides: the request's Origin names another host
 * than the one it was sent to (X-Forwarded-Host's first entry, or Host). It then reaches
 * Next as a plain read of REFUSED_PATH, whose page answers 403 with the site's page
 * saying nothing was done (app/[locale]/(public)/refused/page.tsx). No action runs and nothing is read from
 * the body.
 *
 * Like Next, a post without an Origin goes through: browsers send one with every
 * cross-site POST, so only hand-made requests lack it, and those carry no visitor's
 * cookies. API routes check their own callers and are left alone.
 */

/** The page a refused cross-site post is answered with (403). */
export const REFUSED_PATH = "/refused";

const NOT_ACTIONS = /^\/(?:api|_next)(?:\/|$)/;

function first(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.split(",")[0]?.trim() || undefined;
}

/** The host of an Origin header as Next compares it ("null" for an opaque origin), or undefined. */
function originHost(origin: string): string {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return ""; // not a URL: it matches no host
  }
}

/** Whether the request may be a server action: a POST with Next's action header or a form's body. */
export function isPossibleServerAction(req: IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  const path = (req.url ?? "/").split("?")[0]!;
  if (NOT_ACTIONS.test(path)) return false;
  const type = first(req.headers["content-type"]) ?? "";
  return (
    req.headers["next-action"] !== undefined ||
    /^multipart\/form-data\b/i.test(type) ||
    /^application\/x-www-form-urlencoded\b/i.test(type)
  );
}

/** Whether the request is a possible server action sent from a page of another site. */
export function isCrossSiteAction(req: IncomingMessage): boolean {
  if (!isPossibleServerAction(req)) return false;
  const origin = first(req.headers.origin);
  if (origin === undefined) return false;
  const host = first(req.headers["x-forwarded-host"]) ?? first(req.headers.host);
  return host === undefined || originHost(origin) !== host;
}

/**
 * Turns a cross-site server action into a read of REFUSED_PATH and says whether it did.
 * The action's headers go, so Next renders the page and runs nothing.
 */
export function refuseCrossSiteAction(req: IncomingMessage): boolean {
  if (!isCrossSiteAction(req)) return false;
  console.warn(`[answerable] refused a form post to ${req.url} from ${first(req.headers.origin)}`);
  req.method = "GET";
  // In the language of the page posted to. (The language control's cookie is SameSite=Lax:
  // a cross-site post never carries it, so the proxy serves this address as it is.)
  req.url = localePath(splitLocalePath((req.url ?? "/").split("?")[0]!).locale, REFUSED_PATH);
  for (const name of ["next-action", "next-router-state-tree", "content-type", "rsc"])
    delete req.headers[name];
  return true;
}

/** Pins a refused post's answer to status 403, whatever the page rendering it sets. */
export function answerRefused(res: ServerResponse): void {
  Object.defineProperty(res, "statusCode", { configurable: true, get: () => 403, set: () => {} });
  const writeHead = res.writeHead;
  res.writeHead = function writeHead403(this: ServerResponse, _status: number, ...rest: unknown[]) {
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, 403, ...rest);
  } as ServerResponse["writeHead"];
}
