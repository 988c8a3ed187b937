"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Link } from "@/components/ui/link";
import { usePathname } from "@/i18n/client-navigation";
import { signOutAction } from "@/lib/actions/auth/server";

type Me = { signedIn: false } | { signedIn: true; name: string | null; staff: boolean };

/** A secondary control, as wide as the slot the header keeps for it. */
const slotControl =
  "inline-flex min-h-11 w-full items-center justify-center gap-1 rounded-md border border-line-strong bg-surface px-2 font-semibold text-ink no-underline hover:border-accent hover:bg-accent-soft hover:text-ink";

const menuItem =
  "inline-flex min-h-11 w-full cursor-pointer items-center rounded-md px-3 text-left font-medium text-ink no-underline hover:bg-paper-deep hover:text-ink";

/**
 * The signed-in part of the header, filled in the browser from /api/me so that every
 * public page can be served from the cache to everyone alike. It fills a slot of fixed
 * width: "Sign in", or one "Account" menu (the account, the staff workspace, signing
 * out), so the header keeps one row and nothing moves when the session is known.
 */
export function UserMenu() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const [me, setMe] = useState<Me | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read after each navigation (sign-in, sign-out).
  useEffect(() => {
    let cancelled = false;
    fetch("/api/me", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { signedIn: false }))
      .then((body: Me) => !cancelled && setMe(body))
      .catch(() => !cancelled && setMe({ signedIn: false }));
    return () => {
      cancelled = true;
    };
  }, [pathname]);

  if (me === null) {
    return (
      <noscript>
        <Link href="/account" className={slotControl}>
          {t("account")}
        </Link>
      </noscript>
    );
  }
  if (!me.signedIn) {
    return (
      <Link href="/sign-in" className={slotControl}>
        {t("signIn")}
      </Link>
    );
  }
  return (
    // A new menu per page, so one opened on the last page is closed on this one.
    <details key={pathname} className="relative w-full">
      <summary className={`${slotControl} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>
        <span>{t("accountMenu")}</span>
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </summary>
      <ul className="absolute right-0 z-40 mt-2 flex w-56 flex-col rounded-md border border-line bg-surface p-2 shadow-lg">
        <li>
          <Link href="/account" className={menuItem}>
            {t("yourAccount")}
          </Link>
        </li>
        {me.staff ? (
          <li>
            <Link href="/staff" className={menuItem}>
              {t("staff")}
            </Link>
          </li>
        ) : null}
        <li>
          <form action={signOutAction}>
            <button type="submit" className={menuItem}>
              {t("signOut")}
            </button>
          </form>
        </li>
      </ul>
    </details>
  );
}
