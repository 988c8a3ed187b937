import { type NextRequest, NextResponse } from "next/server";
import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";
import { rememberedLocale, routeAddress } from "@/lib/domain/locale-routing";
import { DEFAULT_LOCALE, LOCALE_COOKIE, type Locale, localePath } from "@/lib/domain/locales";

/*
 * Every page request the matcher lets through, on its way to the page:
 * - Its language (lib/domain/locale-routing.ts): a Korean address is served as it is,
 *   an unprefixed one from its English page under /en-GB/…, unchanged in the browser;
 *   an explicit /en-GB/… address redirects to the unprefixed one, and an unprefixed one
 *   to the visitor's chosen language (the language control's cookie) when that is not
 *   English and they come from elsewhere (rememberedLocale). next-intl reads the language from the header set here in server actions;
 *   pages take it from their [locale] segment.
 * - A letter's signatory list (…/signatories?kind=…&q=…&page=…) is rendered and cached
 *   per view under a path of its own (lib/domain/signatory-view.ts).
 * - Signed-out visitors of staff and account pages are redirected to the sign-in page in
 *   their language, for convenience. Every page, action and route handler checks the
 *   session and permission itself.
 * Cached public pages mostly never get here: the page cache's fast path answers them.
 */
const { auth } = NextAuth(authConfig);

/** The header next-intl reads a request's language from when a page has not set it. */
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

const PRIVATE_PAGE = /^\/(staff|account)(\/|$)/;

function redirect(request: NextRequest, location: string) {
  return NextResponse.redirect(new URL(location, request.nextUrl), 307);
}

function serve(request: NextRequest, locale: Locale, internal: string, dropQuery: boolean) {
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  if (internal === request.nextUrl.pathname && !dropQuery) return NextResponse.next({ request: { headers } });
  const url = request.nextUrl.clone();
  url.pathname = internal;
  if (dropQuery) url.search = "";
  return NextResponse.rewrite(url, { request: { headers } });
}

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Only page visits move to another address; a form is answered where it was posted.
  const visit = request.method === "GET" || request.method === "HEAD";
  const chosen = visit
    ? rememberedLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("sec-fetch-site"))
    : null;
  const route = routeAddress(pathname, search, chosen);
  if ("redirect" in route) {
    return visit ? redirect(request, route.redirect) : serve(request, DEFAULT_LOCALE, pathname, false);
  }
  const { locale, path, internal, dropQuery } = route;
  if (!PRIVATE_PAGE.test(path)) return serve(request, locale, internal, dropQuery);
  return auth((authed) => {
    // Only page visits are redirected. A server-action POST goes through to the action,
    // whose own session and permission checks answer it.
    if (authed.auth || authed.method !== "GET") return serve(authed, locale, internal, dropQuery);
    const url = new URL(localePath(locale, "/sign-in"), authed.nextUrl);
    url.searchParams.set("callbackUrl", path + search);
    return NextResponse.redirect(url);
  })(request, { params: Promise.resolve({}) });
}

export const config = {
  // Every page address: not the API, Next's own files, the health check, the language
  // control, nor the files at the root (icons, robots.txt, sitemap.xml, the manifest, the
  // site's share card, public/), which are the same in every language. Any other address
  // is a page's, or a 404 page in its language. tests/unit/proxy.test.ts checks the list.
  matcher: [
    "/((?!api(?:/|$)|_next/|healthz$|language$|(?:favicon\\.ico|icon\\.svg|apple-icon\\.png|share-card\\.png|robots\\.txt|sitemap\\.xml|manifest\\.webmanifest|embed\\.js|embed-frame\\.js|enhance\\.js|icon-192\\.png|icon-512\\.png)$).*)",
  ],
};
