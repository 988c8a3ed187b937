"use client";

import NextLink from "next/link";
import { usePathname as useNextPathname } from "next/navigation";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { DEFAULT_LOCALE, localePath, splitLocalePath, toLocale } from "@/lib/domain/locales";

/*
 * Links and the current path in the page's language, for client components (paths in
 * the page's language for server ones: ./locale-path.ts): the rules of lib/domain/locales.ts, English unprefixed and Korean under /ko,
 * as next-intl's navigation applies them (i18n/navigation.ts), without its weight in
 * the browser. Paths are written without a language (lib/domain/urls.ts).
 */

/** Next's Link to `href` (a path without a language) in the page's language. */
export function Link({ href, ...props }: ComponentProps<typeof NextLink>) {
  const locale = toLocale(useLocale());
  return <NextLink href={typeof href === "string" ? localePath(locale, href) : href} {...props} />;
}

/**
 * The page's path without its language: "/ko/campaigns/x" and "/campaigns/x" are both
 * "/campaigns/x". (On the server Next may give the path proxy.ts served, /en-GB/….)
 */
export function usePathname(): string {
  const pathname = useNextPathname() ?? "/";
  const prefix = `/${DEFAULT_LOCALE}`;
  if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return pathname.slice(prefix.length) || "/";
  return splitLocalePath(pathname).path;
}
