import { type NextRequest, NextResponse } from "next/server";
import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";
import { signatoryViewRewrite } from "@/lib/domain/signatory-view";

/*
 * Two jobs, each on its own paths:
 * - A letter's signatory list (…/signatories?kind=…&q=…&page=…) is rendered and cached
 *   per view under a path of its own (lib/domain/signatory-view.ts): the public address
 *   is rewritten to it, unchanged in the browser.
 * - Signed-out visitors of staff and account pages are redirected to the sign-in page,
 *   for convenience. Every page, action and route handler checks the session and
 *   permission itself.
 */
const { auth } = NextAuth(authConfig);

const signInRedirect = auth((request) => {
  // Only page visits are redirected. A server-action POST goes through to the action,
  // whose own session and permission checks answer it.
  if (request.auth || request.method !== "GET") return NextResponse.next();
  const url = new URL("/sign-in", request.nextUrl);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
});

export default function proxy(request: NextRequest) {
  const view = signatoryViewRewrite(request.nextUrl.pathname, request.nextUrl.search);
  if (view !== null) {
    const url = request.nextUrl.clone();
    url.pathname = view;
    url.search = "";
    return NextResponse.rewrite(url);
  }
  // Any other path the matcher lets through is public: only staff and account pages redirect.
  const { pathname } = request.nextUrl;
  if (!/^\/(staff|account)(\/|$)/.test(pathname)) return NextResponse.next();
  return signInRedirect(request, { params: Promise.resolve({}) });
}

export const config = {
  matcher: ["/staff/:path*", "/account/:path*", "/campaigns/:slug/letters/:letterSlug/signatories"],
};
