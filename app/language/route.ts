import { LOCALE_COOKIE_MAX_AGE } from "@/i18n/routing";
import { isLocale, LOCALE_COOKIE, localePath, splitLocalePath } from "@/lib/domain/locales";
import { signatoryViewAddress } from "@/lib/domain/signatory-view";
import { sameSitePath } from "@/lib/domain/urls";

/*
 * The language control (components/layout/language-link.tsx): GET /language?to=ko&path=/campaigns/x
 * remembers the language chosen (LOCALE_COOKIE, a year; proxy.ts then leads every
 * unprefixed address to it) and sends the visitor to the same page in it. A plain link,
 * so it works without JavaScript. Outside app/[locale] and the proxy: it is the same in
 * every language. `path` must be a path on this site; anything else leads home.
 */
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const to = query.get("to");
  if (!isLocale(to)) return new Response("Unknown language.\n", { status: 400, headers: NO_STORE_TEXT });
  const requested = sameSitePath(query.get("path")) ?? "/";
  // The page's address without its language; a signatory list's view as its public address.
  const path = splitLocalePath(requested).path;
  const address = signatoryViewAddress(path.split("?")[0]!) ?? path;
  return new Response(null, {
    status: 303,
    headers: {
      Location: localePath(to, address),
      "Set-Cookie": `${LOCALE_COOKIE}=${to}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax`,
      "Cache-Control": "no-store",
    },
  });
}

const NO_STORE_TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
