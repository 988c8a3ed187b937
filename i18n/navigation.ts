import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/*
 * next-intl's navigation in the app's languages, for server code: redirect and
 * permanentRedirect take the language ({ href: "/staff", locale }), getPathname gives an
 * address in one ("/staff" → "/ko/staff"). Server actions and guards use them through
 * i18n/server-navigation.ts; pages may import them directly.
 *
 * Components use i18n/client-navigation.tsx instead (Link, usePathname, useLocalePath):
 * the same rules in a few lines, because next-intl's client navigation, bundled into
 * each page's chunks, cost every public page about 10 KiB of JavaScript more than its
 * budget (tests/e2e/client-js.spec.ts). Nothing outside i18n/ imports next/link or
 * next/navigation's redirect, useRouter or usePathname (tests/unit/architecture).
 */
export const { Link, redirect, permanentRedirect, usePathname, useRouter, getPathname } =
  createNavigation(routing);
