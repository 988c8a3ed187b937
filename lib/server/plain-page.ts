/*
 * Pages for visitors are plain HTML: the browser gets the page Next rendered, its
 * stylesheet and one small script of the site's own, not React and Next's runtime
 * (129 KiB gzipped, 6 December 2026) nor the copy of the page React would hydrate from
 * (the inline `self.__next_f` payload, two thirds of a campaign page's HTML). Every
 * visitor's page works without JavaScript (the browser tests say so, page by page), so
 * hydrating it bought client-side navigation and nothing a visitor needs; on a phone, a
 * slow network or Tor it cost seconds. What script adds there (copying a link, the
 * account menu, the timeline filter's count, focus after a refused form) is done by
 * public/enhance.js.
 *
 * A page says it is plain by loading a script marked PLAIN_PAGE_ATTRIBUTE (the public and
 * embed layouts do: components/layout/plain-page-script.tsx); `npm start` then takes
 * Next's scripts out of its HTML as it is sent, whether rendered now or served from the
 * page cache (lib/server/secure-response.ts, lib/page-cache/fast-path.ts). The staff
 * workspace, account and sign-in pages keep React.
 *
 * A page React runs navigates in the browser by fetching the next page's RSC payload.
 * Were that page plain, React would draw it without its script, so such a request for
 * a plain page is answered with no payload (answerPlainPageNavigation), and Next's
 * router loads the page whole instead (its "MPA navigation").
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { splitLocalePath } from "@/lib/domain/locales";
import { securityHeaders } from "./security-headers";

/** The attribute of the script element that declares its page plain HTML. */
export const PLAIN_PAGE_ATTRIBUTE = "data-plain-page";

const PLAIN_MARKER = new RegExp(`<script\\b[^>]*\\s${PLAIN_PAGE_ATTRIBUTE}(?=[\\s=>/])`, "i");

/** Next's script files, and the browser's hints to fetch them early. */
const NEXT_SCRIPT_FILE = /<script\b[^>]*\ssrc="\/_next\/[^"]*"[^>]*>\s*<\/script\s*>/gi;
const NEXT_SCRIPT_HINT = /<link\b(?=[^>]*\sas="script")(?=[^>]*\shref="\/_next\/)[^>]*>/gi;

/**
 * Next's inline scripts: the payload React hydrates from (`self.__next_f.push(…)`) and
 * the list of chunks the bundler's runtime loads. A script's text cannot contain
 * "</script" (the payload escapes it), so the first one ends it. React's own inline
 * scripts that reveal streamed parts of a page ($RC and the like) stay.
 */
const NEXT_INLINE_SCRIPT =
  /<script\b(?![^>]*\ssrc=)[^>]*>\s*(?:\(?self\.__next_f\b|\(globalThis\["TURBOPACK"\])[\s\S]*?<\/script\s*>/gi;

const versions = new Map<string, string>();

/**
 * A script of public/ named with its content's hash (`/enhance.js?v=…`): next.config.ts
 * lets browsers keep such a name for a year, and a new version has a new name.
 */
export function scriptUrl(file: string): string {
  let version = versions.get(file);
  if (version === undefined) {
    const content = fs.readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), "public", file));
    version = createHash("sha256").update(content).digest("base64url").slice(0, 12);
    versions.set(file, version);
  }
  return `${file}?v=${version}`;
}

/** Whether a page's HTML declares itself plain. */
export function isPlainPage(html: string): boolean {
  return PLAIN_MARKER.test(html);
}

/** The HTML as browsers get it: without Next's scripts when the page declares itself plain, else unchanged. */
export function plainPageHtml(html: string): string {
  if (!isPlainPage(html)) return html;
  return html.replace(NEXT_SCRIPT_FILE, "").replace(NEXT_SCRIPT_HINT, "").replace(NEXT_INLINE_SCRIPT, "");
}

/** The pages React runs: the (staff) and (auth) route groups' (tests/unit/plain-page.test.ts holds them to it). */
const REACT_PAGE = /^\/(?:staff|account|sign-in|sign-up|forgot-password)(?:\/|$)/;

/** Next's own files and the API, which are no pages. */
const NOT_A_PAGE = /^\/(?:_next|api)(?:\/|$)/;

/** Whether React runs the page at this path (as requested, in any language); every other page is plain. */
export function isReactPagePath(pathname: string): boolean {
  return REACT_PAGE.test(splitLocalePath(pathname).path);
}

/**
 * Answers a React page's request for a plain page's RSC payload (a navigation or a
 * prefetch) with 204 No Content, no payload, so that Next's router loads the page
 * instead, and returns true; returns false for anything else. (With no body there is
 * nothing left for the browser to read, so the request ends at once.)
 */
export function answerPlainPageNavigation(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  const forRouter = req.headers.rsc !== undefined || /[?&]_rsc=/.test(url);
  if (!forRouter || NOT_A_PAGE.test(pathname) || isReactPagePath(pathname)) return false;
  res.writeHead(204, {
    ...securityHeaders(pathname),
    "Cache-Control": "no-store",
    Vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch",
  });
  res.end();
  return true;
}
