import type { IncomingMessage } from "node:http";
import type { Db } from "@/db";
import { type PublicPageAddress, publicPageExists } from "@/db/queries/public-visibility";
import { cacheablePath } from "./fast-path";

/*
 * A public page about a campaign, letter or organisation that calls notFound() sends an
 * empty page body that only JavaScript fills (next.js#62228): a visitor without
 * JavaScript, say in Tor Browser's safest mode, would see nothing. So before Next renders one of these pages, the server checks that what it
 * shows exists for visitors; if not, the request goes to a path no route serves, and
 * Next answers with the site's whole 404 page. The browser's address does not change.
 * Only plain page reads the page cache could not answer reach this check.
 */

/** A path no route serves: Next renders app/not-found.tsx for it, with status 404. */
export const NOT_FOUND_PATH = "/_answerable/not-found";

const PAGES: Array<[RegExp, (m: RegExpExecArray) => PublicPageAddress]> = [
  [/^\/campaigns\/([^/]+)(?:\/timeline)?$/, (m) => ({ kind: "campaign", campaignSlug: m[1] })],
  [
    /^\/campaigns\/([^/]+)\/letters\/([^/]+)(?:\/print|\/signatories|\/sign)?$/,
    (m) => ({ kind: "letter", campaignSlug: m[1], letterSlug: m[2] }),
  ],
  [/^\/organisations\/([^/]+)$/, (m) => ({ kind: "organisation", organisationSlug: m[1] })],
];

/** What a public page's path is about, when it is about a campaign, letter or organisation. */
export function publicPageAddress(pathname: string): PublicPageAddress | null {
  for (const [pattern, address] of PAGES) {
    const match = pattern.exec(pathname);
    if (match) return address(match);
  }
  return null;
}

/**
 * Points the request at NOT_FOUND_PATH when it reads a cached public page whose subject
 * does not exist for visitors. On a database error the request goes on unchanged (the
 * page then answers as it would have).
 */
export async function routeMissingPublicPage(req: IncomingMessage, db: () => Db): Promise<void> {
  const pathname = cacheablePath(req);
  const address = pathname ? publicPageAddress(pathname) : null;
  if (!address) return;
  try {
    if (!(await publicPageExists(db(), address))) req.url = NOT_FOUND_PATH;
  } catch (error) {
    console.error("[answerable] could not check a public page exists", error);
  }
}
