import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/*
 * The app's links and redirects, in the visitor's language: `<Link href="/campaigns/x">`
 * goes to /campaigns/x on an English page and /ko/campaigns/x on a Korean one. Nothing
 * outside i18n/ imports next/link or next/navigation's redirect, useRouter or usePathname
 * (tests/unit/architecture). Paths are written without a language (lib/domain/urls.ts).
 */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
