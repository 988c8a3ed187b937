import { NextResponse } from "next/server";
import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

/*
 * Only redirects signed-out visitors to the sign-in page, for convenience. Every page,
 * action and route handler checks the session and permission itself.
 */
const { auth } = NextAuth(authConfig);

export default auth((request) => {
  // Only page visits are redirected. A server-action POST goes through to the action,
  // whose own session and permission checks answer it.
  if (request.auth || request.method !== "GET") return NextResponse.next();
  const url = new URL("/sign-in", request.nextUrl);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
});

export const config = { matcher: ["/staff/:path*", "/account/:path*"] };
