import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";

/*
 * Only redirects signed-out visitors to the sign-in page, for convenience. Every page,
 * action and route handler checks the session and permission itself.
 */
const { auth } = NextAuth(authConfig);

export default auth((request) => {
  if (request.auth) return NextResponse.next();
  const url = new URL("/sign-in", request.nextUrl);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
});

export const config = { matcher: ["/staff/:path*", "/account/:path*"] };
