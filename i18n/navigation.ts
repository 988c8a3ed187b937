import { useLocale } from "next-intl";
import { createNavigation } from "next-intl/navigation";
import { localePath, toLocale } from "@/lib/domain/locales";
import { routing } from "./routing";

/*
 * The app's links and redirects, in the visitor's language: `<Link href="/campaigns/x">`
 * goes to /campaigns/x on an English page and /ko/campaigns/x on a Korean one. Nothing
 * outside i18n/ imports next/link or next/navigation's redirect, useRouter or usePathname
 * (tests/unit/architecture). Paths are written without a language (lib/domain/urls.ts).
 */
export const { Link, redirect, permanentRedirect, usePathname, useRouter, getPathname } =
  createNavigation(routing);

/**
 * `path` in the page's language, for a plain `<a>` or a form's action (Link does this
 * itself): "/search" is /ko/search on a Korean page. In client components and non-async
 * server components; async ones use localeHref (i18n/server-navigation.ts).
 */
export function useLocalePath(path: string): string {
  return localePath(toLocale(useLocale()), path);
}
