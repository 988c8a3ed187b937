"use client";

import { useEffect, useState } from "react";
import { AccountFallback, AccountMenu, SignInControl } from "@/components/layout/account-controls";
import { usePathname } from "@/i18n/client-navigation";

type Me = { signedIn: false } | { signedIn: true; name: string | null; staff: boolean };

/**
 * The signed-in part of the header on the pages that run React (the staff workspace,
 * account and sign-in pages), filled in the browser from /api/me. It fills a slot of
 * fixed width, so the header keeps one row and nothing moves when the session is known.
 * Plain pages have PlainAccountSlot instead.
 */
export function UserMenu() {
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
        <AccountFallback />
      </noscript>
    );
  }
  if (!me.signedIn) return <SignInControl />;
  // A new menu per page, so one opened on the last page is closed on this one.
  return <AccountMenu key={pathname} staff={me.staff} />;
}
