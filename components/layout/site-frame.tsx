import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getLocalePath } from "@/i18n/server-navigation";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/domain/locales";
import {
  AWAITING_PATH,
  DEVELOPERS_PATH,
  RESOLUTIONS_PATH,
  SEARCH_PATH,
  STATES_PATH,
  TARGETS_PATH,
  YOUR_DATA_PATH,
} from "@/lib/domain/urls";

/** A header link's look, without its padding. */
const navLinkBase =
  "inline-flex min-h-11 items-center rounded-md font-medium whitespace-nowrap text-ink no-underline hover:bg-paper-deep hover:text-ink";
const navLink = `${navLinkBase} px-2`;
/*
 * On a 390 px phone the header's row holds the site's name, the menu, the language
 * control and the account slot: the ones that stay visible are a little tighter there.
 */
const phoneTight = `${navLinkBase} px-1 sm:px-2`;

/*
 * The site's header and footer, with no client component of its own: SiteChrome
 * (./site-chrome.tsx) puts in the in-app links, the account menu and the language
 * control; the 404 page of an unknown address (app/global-not-found.tsx), whose
 * JavaScript Next adds to every page's, uses it as it is, with plain links.
 */

type AnchorProps = { href: string; className?: string; "aria-label"?: string; children: ReactNode };

/** A link of the chrome, to a path without a language. */
export type Anchor = (props: AnchorProps) => ReactNode | Promise<ReactNode>;

export type ChromeParts = {
  /** In-app links (Link); plain links in the page's language without. */
  anchor?: Anchor;
  /** The account slot's content (UserMenu); empty without. */
  account?: ReactNode;
  /** The language control leading to `to`, labelled in that language; none without. */
  language?: (props: { to: Locale; label: string; className: string }) => ReactNode;
};

/** A plain link in the page's language. */
async function PlainAnchor({ href, ...props }: AnchorProps) {
  const localized = await getLocalePath();
  return <a href={localized(href)} {...props} />;
}

async function SiteHeader({ anchor, account, language }: ChromeParts) {
  // The same for everyone: who is signed in is filled in by the browser (UserMenu), in a
  // slot of its own fixed width, so nothing moves when it arrives.
  const [t, tMeta, tPublic, localized, locale] = await Promise.all([
    getTranslations("nav"),
    getTranslations("meta"),
    getTranslations("publicNav"),
    getLocalePath(),
    getLocale(),
  ]);
  const otherLocale = LOCALES.find((l) => l !== locale) ?? DEFAULT_LOCALE;
  const A = anchor ?? PlainAnchor;
  const links: Array<[string, string]> = [
    ["/#campaigns", t("campaigns")],
    [AWAITING_PATH, tPublic("awaiting")],
    [TARGETS_PATH, tPublic("targets")],
    [RESOLUTIONS_PATH, tPublic("resolutions")],
    [SEARCH_PATH, tPublic("search")],
  ];
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-5xl items-center gap-1 px-4 py-2 sm:gap-6 sm:px-6">
        <A
          href="/"
          aria-label={t("homeLink")}
          className="mr-auto inline-flex min-h-11 shrink-0 items-center gap-2 font-serif text-lg font-bold tracking-tight text-ink no-underline hover:text-accent-strong min-[400px]:text-xl sm:text-2xl"
        >
          <span aria-hidden="true" className="inline-block size-3 rotate-45 bg-accent" />
          {tMeta("siteName")}
        </A>
        <nav aria-label={t("label")} className="flex items-center gap-1 sm:gap-2">
          <ul className="hidden items-center gap-x-2 lg:flex">
            {links.map(([href, label]) => (
              <li key={href}>
                <A href={href} className={navLink}>
                  {label}
                </A>
              </li>
            ))}
          </ul>
          {/* On a phone the links fold into a menu that needs no JavaScript; plain links, so
              the open menu closes with the page it leaves. */}
          <details className="group relative lg:hidden">
            <summary
              className={`${phoneTight} cursor-pointer list-none gap-1.5 [&::-webkit-details-marker]:hidden`}
            >
              <span aria-hidden="true" className="text-lg leading-none">
                ☰
              </span>
              <span>{t("menu")}</span>
            </summary>
            <ul className="absolute right-0 z-40 mt-2 flex w-60 flex-col rounded-md border border-line bg-surface p-2 shadow-lg">
              {links.map(([href, label]) => (
                <li key={href}>
                  <a href={localized(href)} className={`${navLink} w-full`}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </details>
          {language?.({
            to: otherLocale,
            label: t("otherLanguage"),
            className: `${phoneTight} shrink-0 text-sm sm:text-base`,
          })}
          <div className="flex w-28 shrink-0 justify-end">{account}</div>
        </nav>
      </div>
    </header>
  );
}

async function SiteFooter({ anchor }: ChromeParts) {
  const [t, tMeta, tNav, tPublic, tDevelopers] = await Promise.all([
    getTranslations("footer"),
    getTranslations("meta"),
    getTranslations("nav"),
    getTranslations("publicNav"),
    getTranslations("developers"),
  ]);
  const A = anchor ?? PlainAnchor;
  // Every public listing; the header keeps to the main ones, so States is reached from here.
  const links: Array<[string, string]> = [
    ["/#campaigns", tNav("campaigns")],
    [AWAITING_PATH, tPublic("awaiting")],
    [TARGETS_PATH, tPublic("targets")],
    [RESOLUTIONS_PATH, tPublic("resolutions")],
    [STATES_PATH, tPublic("states")],
    [SEARCH_PATH, tPublic("search")],
    [DEVELOPERS_PATH, tDevelopers("footerLink")],
    [YOUR_DATA_PATH, t("yourData")],
  ];
  return (
    <footer className="mt-16 border-t border-line bg-paper-deep print:hidden">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-8 text-sm text-ink-muted sm:px-6">
        <p className="font-serif text-base font-bold text-ink">{tMeta("siteName")}</p>
        <p>{t("purpose")}</p>
        <nav aria-label={tPublic("footerLabel")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {links.map(([href, label]) => (
              <li key={href}>
                <A href={href} className="inline-flex min-h-11 items-center font-medium">
                  {label}
                </A>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t("openSource")}</p>
      </div>
    </footer>
  );
}

/** The site around a page: the skip link, header, main region and footer. */
export async function SiteFrame({ children, ...parts }: ChromeParts & { children: ReactNode }) {
  const t = await getTranslations("nav");
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-ink focus:px-4 focus:py-3 focus:font-semibold focus:text-white"
      >
        {t("skipToContent")}
      </a>
      <SiteHeader {...parts} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter {...parts} />
    </>
  );
}
