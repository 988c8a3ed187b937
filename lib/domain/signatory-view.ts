import { cleanSearchText } from "./text";

/*
 * One view of a letter's signatory list: which kind, which page, which search. Its
 * public address is the list's path with a query (?kind=individuals&q=kim&page=3); the
 * app renders and caches each view under a path of its own, with the view in one path
 * segment (…/signatories/individuals.3.a2lt), so the page cache keeps one entry per view
 * and the fast path finds it by path. proxy.ts rewrites the public address to that path,
 * and lib/page-cache/fast-path.ts looks it up the same way: both through
 * signatoryViewRewrite. Anything unexpected in the query falls back to a default, never
 * an error, and spellings of the same view (spacing, control characters, a page "03")
 * share one entry.
 */

export type SignatoryListKind = "organisations" | "individuals";

/** The longest search text accepted; longer input is cut, never an error. */
export const SIGNATORY_QUERY_MAX = 100;

/** The highest page number read from an address; later pages show the last one. */
const PAGE_MAX = 1_000_000;

export type SignatoryView = {
  /** null: whichever list has names, organisations first (the page decides). */
  kind: SignatoryListKind | null;
  q: string;
  page: number;
};

const KINDS: readonly SignatoryListKind[] = ["organisations", "individuals"];

/** Search text as the list uses it: no control characters, one line, trimmed, capped. */
export function signatorySearchText(text: string): string {
  return cleanSearchText(text).trim().slice(0, SIGNATORY_QUERY_MAX).trim();
}

/** The view a query string asks for (the first of repeated parameters counts). */
export function readSignatoryView(query: URLSearchParams): SignatoryView {
  const kind = query.get("kind");
  const pageText = query.get("page")?.trim() ?? "";
  const page = /^\d{1,7}$/.test(pageText) ? Number(pageText) : 1;
  return {
    kind: KINDS.includes(kind as SignatoryListKind) ? (kind as SignatoryListKind) : null,
    q: signatorySearchText(query.get("q") ?? ""),
    page: page >= 1 && page <= PAGE_MAX ? page : 1,
  };
}

/** The path segment of a view: `<kind|auto>.<page>[.<search as base64url>]`. */
export function signatoryViewSegment({ kind, q, page }: SignatoryView): string {
  const base = `${kind ?? "auto"}.${page}`;
  return q ? `${base}.${Buffer.from(q, "utf8").toString("base64url")}` : base;
}

/** The view a path segment stands for, or null when it is not one signatoryViewSegment makes. */
export function parseSignatoryViewSegment(segment: string): SignatoryView | null {
  const match = /^(auto|organisations|individuals)\.([1-9]\d{0,6})(?:\.([A-Za-z0-9_-]+))?$/.exec(segment);
  if (!match) return null;
  const page = Number(match[2]);
  if (page > PAGE_MAX) return null;
  const q = match[3] ? signatorySearchText(Buffer.from(match[3], "base64url").toString("utf8")) : "";
  const view = { kind: match[1] === "auto" ? null : (match[1] as SignatoryListKind), q, page };
  // One view, one segment: anything else would be a second cache entry for the same page.
  return signatoryViewSegment(view) === segment ? view : null;
}

/** A letter's signatory list address: /campaigns/<slug>/letters/<slug>/signatories. */
const LIST_PATH = /^\/campaigns\/[^/]+\/letters\/[^/]+\/signatories$/;

/**
 * The path a request for a signatory list is rendered and cached under, or null when
 * the path is not a signatory list. `search` is the query string, with or without "?".
 */
export function signatoryViewRewrite(pathname: string, search: string): string | null {
  if (!LIST_PATH.test(pathname)) return null;
  return `${pathname}/${signatoryViewSegment(readSignatoryView(new URLSearchParams(search)))}`;
}

/**
 * The public address (the list's path and query) of a path signatoryViewRewrite makes,
 * or null for any other path: …/signatories/individuals.2 → …/signatories?kind=individuals&page=2.
 */
export function signatoryViewAddress(pathname: string): string | null {
  const match = /^(\/campaigns\/[^/]+\/letters\/[^/]+\/signatories)\/([^/]+)$/.exec(pathname);
  const view = match ? parseSignatoryViewSegment(match[2]!) : null;
  if (!match || !view) return null;
  const query = new URLSearchParams();
  if (view.kind) query.set("kind", view.kind);
  if (view.q) query.set("q", view.q);
  if (view.page > 1) query.set("page", String(view.page));
  const text = query.toString();
  return text ? `${match[1]}?${text}` : match[1]!;
}
