import { describe, expect, it } from "vitest";
import { getPathname } from "@/i18n/navigation";
import { LOCALES, localePath } from "@/lib/domain/locales";

/*
 * The app's own language-aware paths (lib/domain/locales.ts's localePath, used by
 * i18n/client-navigation, i18n/locale-path and i18n/server-navigation) are the ones
 * next-intl's navigation gives for the app's routing (i18n/routing.ts).
 */

describe("addresses in each language", () => {
  it("match next-intl's getPathname", () => {
    for (const locale of LOCALES)
      for (const path of [
        "/",
        "/campaigns/x",
        "/campaigns/x/letters/y/signatories?kind=individuals&page=2",
        "/staff/letters/1?created=1",
        "/sign-in?callbackUrl=%2Fstaff",
        "/search?q=%EA%B9%80",
      ])
        expect(localePath(locale, path), `${locale} ${path}`).toBe(getPathname({ href: path, locale }));
  });
});
