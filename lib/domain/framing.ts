import { EMBED_PATH_PREFIX } from "./urls";

/*
 * Who may put the site's pages in a frame. The embeds (under /embed/) are made for other
 * sites' iframes: any site may frame them. Every other page refuses to be framed, so no
 * site can dress a sign-on form or a staff page in its own clothes (clickjacking). Both
 * next.config.ts (pages Next answers) and the page cache's fast path (pages it answers
 * without Next) send these, so the rule holds whichever answers.
 */

type HeaderSet = Readonly<Record<string, string>>;

/** On the embeds: any site may frame them. */
export const EMBED_FRAMING: HeaderSet = { "Content-Security-Policy": "frame-ancestors *" };

/** Everywhere else: no site may, not even this one (X-Frame-Options for browsers without CSP). */
export const NO_FRAMING: HeaderSet = {
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
};

/** Whether a path (as sent) is an embed's, which other sites may frame. */
export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith(EMBED_PATH_PREFIX);
}

/** The framing headers for a response to this path. */
export function framingHeaders(pathname: string): HeaderSet {
  return isEmbedPath(pathname) ? EMBED_FRAMING : NO_FRAMING;
}

const asList = (headers: HeaderSet) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/** The same rule in next.config's headers() form. */
export function framingHeaderRules() {
  return [
    { source: `${EMBED_PATH_PREFIX}:path*`, headers: asList(EMBED_FRAMING) },
    // Every path that does not start with /embed/, the home page included.
    { source: `/:path((?!${EMBED_PATH_PREFIX.slice(1)}).*)`, headers: asList(NO_FRAMING) },
  ];
}
