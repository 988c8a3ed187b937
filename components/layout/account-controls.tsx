import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { signOutAction } from "@/lib/actions/auth/server";

/*
 * What the header's account slot shows once the session is known: "Sign in", or one
 * "Account" menu (the account, the staff workspace, signing out). Drawn alike by the
 * React pages' UserMenu and, for plain pages, by the server into templates the page's
 * script chooses from (PlainAccountSlot).
 */

/** A secondary control, as wide as the slot the header keeps for it. */
const slotControl =
  "inline-flex min-h-11 w-full items-center justify-center gap-1 rounded-md border border-line-strong bg-surface px-2 font-semibold text-ink no-underline hover:border-accent hover:bg-accent-soft hover:text-ink";

const menuItem =
  "inline-flex min-h-11 w-full cursor-pointer items-center rounded-md px-3 text-left font-medium text-ink no-underline hover:bg-paper-deep hover:text-ink";

/** The signed-out visitor's control. */
export function SignInControl() {
  const t = useTranslations("nav");
  return (
    <Link href="/sign-in" className={slotControl}>
      {t("signIn")}
    </Link>
  );
}

/** The link to the account, for browsers that run no script (the slot is filled by script). */
export function AccountFallback() {
  const t = useTranslations("nav");
  return (
    <Link href="/account" className={slotControl}>
      {t("account")}
    </Link>
  );
}

/**
 * The signed-in person's menu. The staff entry is shown when `staff` is true; with
 * `staff` "marked", it is drawn with data-staff-only for the page's script to remove
 * when the person is not staff.
 */
export function AccountMenu({ staff }: { staff: boolean | "marked" }) {
  const t = useTranslations("nav");
  return (
    <details className="relative w-full">
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
        {staff ? (
          <li data-staff-only={staff === "marked" ? "" : undefined}>
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

/**
 * The account slot of a plain page (lib/server/plain-page.ts), the same for every
 * visitor so the page can be cached: public/enhance.js asks /api/me who is signed in and
 * puts in the matching template. Without script, a link to the account.
 */
export function PlainAccountSlot() {
  return (
    <div data-account-slot="" className="w-full">
      <noscript>
        <AccountFallback />
      </noscript>
      <template data-signed-out="">
        <SignInControl />
      </template>
      <template data-signed-in="">
        <AccountMenu staff="marked" />
      </template>
    </div>
  );
}
