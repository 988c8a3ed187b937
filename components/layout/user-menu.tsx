"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Link } from "@/components/ui/link";
import { signOutAction } from "@/lib/actions/auth/server";

type Me = { signedIn: false } | { signedIn: true; name: string | null; staff: boolean };

const navLink =
  "inline-flex min-h-11 items-center rounded-md px-2 font-medium text-ink no-underline hover:bg-paper-deep hover:text-ink";

/**
 * The signed-in part of the header, filled in the browser from /api/me so that every
 * public page can be served from the cache to everyone alike.
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
      <li>
        <noscript>
          <Link href="/account" className={navLink}>
            {t("account")}
          </Link>
        </noscript>
      </li>
    );
  }
  if (!me.signedIn) {
    return (
      <li>
        <Link
          href="/sign-in"
          className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-white no-underline hover:bg-accent-strong hover:text-white"
        >
          {t("signIn")}
        </Link>
      </li>
    );
  }
  return (
    <>
      <li>
        <Link href="/account" className={navLink}>
          {t("account")}
        </Link>
      </li>
      {me.staff ? (
        <li>
          <Link href="/staff" className={navLink}>
            {t("staff")}
          </Link>
        </li>
      ) : null}
      <li>
        <form action={signOutAction}>
          <button
            type="submit"
            className={`${navLink} cursor-pointer border border-line-strong px-3 hover:border-accent`}
          >
            {t("signOut")}
          </button>
        </form>
      </li>
    </>
  );
}
