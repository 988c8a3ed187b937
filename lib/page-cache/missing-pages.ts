import type { IncomingMessage } from "node:http";
import type { Db } from "@/db";
import { type PublicPageAddress, publicPageExists } from "@/db/queries/public-visibility";
import { routeAddress, SERVER_PATH_PREFIX } from "@/lib/domain/locale-routing";
import { DEFAULT_LOCALE, type Locale, localePath } from "@/lib/domain/locales";
import { parseSignatoryViewSegment } from "@/lib/domain/signatory-view";
import { cookieLocale, pageReadPath } from "./fast-path";

/*
 * A public page about a campaign, letter, organisation, resolution line, state or target that
 * calls notFound() sends an empty page body that only JavaScript fills (next.js#62228): a
 * visitor without JavaScript, say in Tor Browser's safest mode, would see nothing. So
 * before Next renders one of these pages, the server checks that what it shows exists for
 * visitors; if not, the request goes to a path no route serves, and Next answers with the
 * site's whole 404 page. The browser's address does not change. Only plain page reads the
 * page cache could not answer reach this check; their slugs are percent-decoded first
 * (/campaigns/%C3%A9t%C3%A9 asks for "été"), as Next decodes them for the page.
 *
 * An address that does not decode at all (/campaigns/%E0%A4%A: not UTF-8) makes Next
 * answer a bare text "Internal Server Error" when it matches a dynamic route, before the
 * page runs; routeUndecodablePath sends such a request, whatever its method or path, to
 * the 404 page instead.
 *
 * The 404 page is in the language the address is shown in: /ko/… in Korean.
 */

/** A path no route serves: Next renders app/global-not-found.tsx for it, with status 404. */
export const NOT_FOUND_PATH = `${SERVER_PATH_PREFIX}not-found`;

/** NOT_FOUND_PATH in a language: the address proxy.ts serves that language's 404 page from. */
export function notFoundPath(locale: Locale): string {
  return localePath(locale, NOT_FOUND_PATH);
}

/** Public pages about one campaign, letter, organisation, resolution line, state or target, and their slugs (as decoded). */
const PAGES: Array<[RegExp, (slugs: string[]) => PublicPageAddress]> = [
  [/^\/campaigns\/([^/]+)(?:\/timeline)?$/, ([campaignSlug]) => ({ kind: "campaign", campaignSlug })],
  // The embeds are about the same campaign or letter as the page they show.
  [/^\/embed\/campaigns\/([^/]+)$/, ([campaignSlug]) => ({ kind: "campaign", campaignSlug })],
  [
    // …/signatories/<view>: the path a signatory list's view is cached under (proxy.ts).
    /^\/campaigns\/([^/]+)\/letters\/([^/]+)(?:\/print|\/signatories(?:\/[^/]+)?|\/sign)?$/,
    ([campaignSlug, letterSlug]) => ({ kind: "letter", campaignSlug, letterSlug }),
  ],
  [
    /^\/embed\/campaigns\/([^/]+)\/letters\/([^/]+)$/,
    ([campaignSlug, letterSlug]) => ({ kind: "letter", campaignSlug, letterSlug }),
  ],
  [/^\/organisations\/([^/]+)$/, ([organisationSlug]) => ({ kind: "organisation", organisationSlug })],
  [/^\/resolutions\/([^/]+)$/, ([resolutionSlug]) => ({ kind: "resolution", resolutionSlug })],
  [
    /^\/resolutions\/([^/]+)\/groups\/([^/]+)$/,
    ([resolutionSlug, group]) => ({ kind: "resolution", resolutionSlug, group }),
  ],
  [/^\/states\/([^/]+)$/, ([iso3]) => ({ kind: "state", iso3 })],
  [/^\/targets\/([^/]+)$/, ([targetSlug]) => ({ kind: "target", targetSlug })],
];

const VIEW_SEGMENT = /\/signatories\/([^/]+)$/;

/** One path segment percent-decoded, or null when it is not valid percent-encoded UTF-8. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // URIError: a stray "%", or bytes that are not UTF-8
  }
}

/** The path part of a request's URL, as sent. */
function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

/** Whether every segment of a path (as sent) percent-decodes. */
export function decodablePath(pathname: string): boolean {
  return pathname.split("/").every((segment) => decodeSegment(segment) !== null);
}

/**
 * What a public page's path (as sent, percent-encoded) is about, when it is about a
 * campaign, letter or organisation: its slugs decoded, segment by segment. Null for any
 * other path, and for one whose slugs do not decode.
 */
export function publicPageAddress(pathname: string): PublicPageAddress | null {
  for (const [pattern, address] of PAGES) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const slugs = match.slice(1).map(decodeSegment);
    return slugs.every((slug) => slug !== null) ? address(slugs as string[]) : null;
  }
  return null;
}

/**
 * Points a request whose path does not percent-decode at NOT_FOUND_PATH, and says
 * whether it did. Next would answer such a request with a bare 500 (it cannot decode the
 * route's parameters) or, elsewhere, a 404.
 */
export function routeUndecodablePath(req: IncomingMessage): boolean {
  const pathname = pathOf(req.url ?? "/");
  if (decodablePath(pathname)) return false;
  const chosen = cookieLocale(req);
  const route = routeAddress(pathname, "", chosen);
  req.url = notFoundPath("redirect" in route ? (chosen ?? DEFAULT_LOCALE) : route.locale);
  return true;
}

/**
 * Points the request at NOT_FOUND_PATH when it reads a public page whose subject does not
 * exist for visitors (routeUndecodablePath has already sent undecodable paths there). On
 * a database error the request goes on unchanged (the page then answers as it would have).
 */
export async function routeMissingPublicPage(req: IncomingMessage, db: () => Db): Promise<void> {
  const pathname = pageReadPath(req);
  if (pathname === null) return;
  // An address the proxy redirects is checked when the browser comes back to the new one.
  const route = routeAddress(pathname, "", cookieLocale(req));
  if ("redirect" in route) return;
  const address = publicPageAddress(route.path);
  if (!address) return;
  // A view segment no public address is rewritten to names no page (and gets no cache entry).
  const view = VIEW_SEGMENT.exec(route.path)?.[1];
  if (view !== undefined && !parseSignatoryViewSegment(view)) {
    req.url = notFoundPath(route.locale);
    return;
  }
  try {
    if (!(await publicPageExists(db(), address))) req.url = notFoundPath(route.locale);
  } catch (error) {
    console.error("[answerable] could not check a public page exists", error);
  }
}
