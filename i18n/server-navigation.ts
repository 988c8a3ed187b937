import "server-only";
import { getLocale } from "next-intl/server";
import { localePath, splitLocalePath, toLocale } from "@/lib/domain/locales";
import { getPathname, redirect } from "./navigation";

/*
 * Redirects and addresses in the request's language, for server code that has no page
 * params: server actions (their language comes from the page they were posted from,
 * proxy.ts), lib/auth's page guards. Paths go in without a language, as lib/domain/urls.ts
 * builds them; one that already carries a language prefix (a callbackUrl from an older
 * link) has it replaced.
 */

function languageFree(href: string): string {
  return splitLocalePath(href).path;
}

/** `href` (a site path, with its query) in the request's language: "/staff" → "/ko/staff" on a Korean request. */
export async function localeHref(href: string): Promise<string> {
  return getPathname({ href: languageFree(href), locale: toLocale(await getLocale()) });
}

/** Redirects to `href` in the request's language. */
export async function redirectInLocale(href: string): Promise<never> {
  return redirect({ href: languageFree(href), locale: toLocale(await getLocale()) });
}

/** A function giving site paths in the request's language, for an async server component's plain links and forms. */
export async function getLocalePath(): Promise<(path: string) => string> {
  const locale = toLocale(await getLocale());
  return (path) => localePath(locale, languageFree(path));
}
