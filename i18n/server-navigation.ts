import "server-only";
import { permanentRedirect, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { localePath, splitLocalePath } from "@/lib/domain/locales";

/*
 * Redirects and addresses in the request's language, for server code: server actions
 * (their language comes from the page they were posted from, proxy.ts), lib/auth's page
 * guards, async server components. Paths go in without a language, as lib/domain/urls.ts
 * builds them; one that already carries a language prefix (a callbackUrl from an older
 * link) has it replaced. The same addresses next-intl's getPathname gives
 * (i18n/navigation.ts, tests/unit/i18n-navigation.test.ts), without importing it:
 * that would put its client Link in every page's JavaScript.
 */

function languageFree(href: string): string {
  return splitLocalePath(href).path;
}

/** `href` (a site path, with its query) in the request's language: "/staff" → "/ko/staff" on a Korean request. */
export async function localeHref(href: string): Promise<string> {
  return localePath(await getLocale(), languageFree(href));
}

/** Redirects to `href` in the request's language. */
export async function redirectInLocale(href: string): Promise<never> {
  redirect(await localeHref(href));
}

/** Redirects for good to `href` in the request's language (one address per page). */
export async function permanentRedirectInLocale(href: string): Promise<never> {
  permanentRedirect(await localeHref(href));
}

/** A function giving site paths in the request's language, for an async server component's plain links and forms. */
export async function getLocalePath(): Promise<(path: string) => string> {
  const locale = await getLocale();
  return (path) => localePath(locale, languageFree(path));
}
