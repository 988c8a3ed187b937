import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/*
 * next-intl's navigation for the app's routing (i18n/routing.ts): Link, redirect and
 * permanentRedirect ({ href: "/staff", locale }), usePathname, useRouter, getPathname
 * ("/staff" in Korean is "/ko/staff").
 *
 * The app itself uses the same rules through lighter helpers, and imports nothing from
 * here: any import of this module, even from server code, puts next-intl's client Link
 * in every page's JavaScript, which took each public page about 10 KiB over its budget
 * (tests/e2e/client-js.spec.ts). Components use i18n/client-navigation.tsx (Link,
 * usePathname) and i18n/locale-path.ts (useLocalePath); server code uses
 * i18n/server-navigation.ts (redirectInLocale, localeHref). tests/unit/i18n-navigation.test.ts
 * checks that they give the addresses next-intl would. Nothing outside i18n/ imports
 * next/link or next/navigation's redirect, useRouter or usePathname (tests/unit/architecture).
 */
export const { Link, redirect, permanentRedirect, usePathname, useRouter, getPathname } =
  createNavigation(routing);
