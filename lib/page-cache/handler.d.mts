/* Types for handler.mjs, the cache handler Next imports at run time. */

export type CacheControl = { revalidate: number | false; expire?: number };

/** What Next stores: a rendered page (kind "APP_PAGE"), cached data ("FETCH"), … */
export type CachedValue = {
  kind: string;
  html?: string;
  headers?: Record<string, string | string[] | undefined>;
  status?: number;
  postponed?: unknown;
  [field: string]: unknown;
};

export type Entry = {
  value: CachedValue;
  lastModified: number;
  cacheControl: CacheControl | undefined;
  tags: string[];
  size: number;
  pagePath: string | null;
  /** Per-entry memo for what the fast path derives once (compressed body, ETag). */
  derived: Map<string, unknown>;
  /** Tagged SEARCH_RESULTS_TAG: counted against the store's cap on search results too. */
  searchResult: boolean;
};

/** The tag of entries kept within the cap on search results (cacheTags.searchResults). */
export const SEARCH_RESULTS_TAG: string;

export function pagePathOfKey(key: string): string | null;

export class PageCacheStore {
  constructor(maxBytes: number, searchResultsMaxBytes?: number);
  readonly maxBytes: number;
  readonly searchResultsMaxBytes: number;
  readonly searchResults: Set<string>;
  searchResultsBytes: number;
  readonly entries: Map<string, Entry>;
  readonly pages: Map<string, string>;
  readonly expiredAt: Map<string, number>;
  readonly listeners: Set<(tags: string[]) => void>;
  flushedAt: number;
  bytes: number;
  isExpired(entry: Entry, extraTags?: readonly string[]): boolean;
  read(key: string, extraTags?: readonly string[]): Entry | null;
  write(key: string, value: CachedValue | null, ctx?: { cacheControl?: CacheControl; tags?: string[] }): void;
  delete(key: string): void;
  expireTags(tags: readonly string[], options?: { publish?: boolean }): void;
  expireAll(): void;
  freshPage(pagePath: string, now?: number): Entry | null;
}

export function pageCacheStore(): PageCacheStore;

export default class PageCacheHandler {
  readonly store: PageCacheStore;
  get(
    key: string,
    ctx: unknown,
  ): Promise<{ value: CachedValue; lastModified: number; cacheControl?: CacheControl } | null>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
