// @ts-check
/*
 * Next's cache handler (next.config.ts `cacheHandler`): rendered public pages and
 * unstable_cache data, kept in this process's memory and expired by tag.
 *
 * Why not Next's own file-system cache:
 * - the store lives on globalThis, so scripts/start.ts can serve a fresh page straight
 *   from it (lib/page-cache/fast-path.ts) without going through the page renderer;
 * - tag expiry is shared: with PostgreSQL, every instance tells the others which tags a
 *   write expired (lib/page-cache/notify.ts, LISTEN/NOTIFY), so several instances behind
 *   a load balancer never serve a page a write has changed;
 * - build output is never served: pages are rendered on first request, from the
 *   database the server runs on.
 *
 * Plain JavaScript because Next imports it at run time, outside its bundler.
 */

const STORE_KEY = Symbol.for("answerable.pageCache");

/*
 * An entry stored in the second after its tag was expired may have been rendered from
 * data read before the write (a render that started earlier), so it counts as expired
 * too and the next request renders again.
 */
const SETTLE_MS = 1000;

const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Entries with this tag (cacheTags.searchResults: a signatory list's views, one per
 * search and page) are counted against a cap of their own as well, the oldest evicted
 * first, so arbitrary searches cannot fill the cache or push the other pages out.
 */
export const SEARCH_RESULTS_TAG = "search-results";

const DEFAULT_SEARCH_RESULTS_MAX_BYTES = 32 * 1024 * 1024;

/** The route cache key of an app page: `/route-cache/APP_PAGE/<route hash>/$<page path>`. */
const APP_PAGE_KEY = /^\/route-cache\/APP_PAGE\/[0-9a-f]+\/\$(\/.*)$/;

/**
 * The request path an app page's cache key stands for ("/index" is the home page).
 * @param {string} key
 * @returns {string | null}
 */
export function pagePathOfKey(key) {
  const match = APP_PAGE_KEY.exec(key);
  if (!match) return null;
  const pagePath = match[1];
  if (pagePath === "/index") return "/";
  return pagePath.startsWith("/index/") ? pagePath.slice("/index".length) : pagePath;
}

/**
 * @param {any} value
 * @returns {number}
 */
function sizeOf(value) {
  if (!value) return 0;
  let size = 0;
  if (typeof value.html === "string") size += value.html.length;
  if (value.rscData) size += value.rscData.byteLength ?? 0;
  if (value.segmentData instanceof Map) {
    for (const segment of value.segmentData.values()) size += segment?.byteLength ?? 0;
  }
  if (value.body) size += value.body.byteLength ?? value.body.length ?? 0;
  if (value.data?.body) size += value.data.body.length ?? 0;
  if (value.buffer) size += value.buffer.byteLength ?? 0;
  return size + 512;
}

/**
 * Tags an entry depends on: a page's from its tags header, data's from its own list.
 * @param {any} value
 * @param {any} ctx
 * @returns {string[]}
 */
function tagsOf(value, ctx) {
  const header = value?.headers?.["x-next-cache-tags"];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  const fromValue = Array.isArray(value?.tags) ? value.tags : [];
  const fromContext = Array.isArray(ctx?.tags) ? ctx.tags : [];
  return [...new Set([...fromHeader, ...fromValue, ...fromContext].filter(Boolean))];
}

/**
 * @typedef {{
 *   value: any,
 *   lastModified: number,
 *   cacheControl: { revalidate: number | false, expire?: number } | undefined,
 *   tags: string[],
 *   size: number,
 *   pagePath: string | null,
 *   derived: Map<string, unknown>,
 *   searchResult: boolean,
 * }} Entry
 */

export class PageCacheStore {
  /**
   * @param {number} maxBytes
   * @param {number} [searchResultsMaxBytes] the cap on entries tagged SEARCH_RESULTS_TAG
   */
  constructor(maxBytes, searchResultsMaxBytes = Math.min(maxBytes, DEFAULT_SEARCH_RESULTS_MAX_BYTES)) {
    this.maxBytes = maxBytes;
    this.searchResultsMaxBytes = searchResultsMaxBytes;
    /** @type {Map<string, Entry>} in least-recently-used order */
    this.entries = new Map();
    /** @type {Set<string>} the keys of search results, in least-recently-used order */
    this.searchResults = new Set();
    this.searchResultsBytes = 0;
    /** @type {Map<string, string>} request path → app page key */
    this.pages = new Map();
    /** @type {Map<string, number>} tag → when it was last expired */
    this.expiredAt = new Map();
    /** Everything stored before this moment is expired (a lost invalidation feed). */
    this.flushedAt = 0;
    this.bytes = 0;
    /** @type {Set<(tags: string[]) => void>} told of every tag this process expires */
    this.listeners = new Set();
  }

  /**
   * @param {Entry} entry
   * @param {readonly string[]} [extraTags]
   */
  isExpired(entry, extraTags = []) {
    if (entry.lastModified <= this.flushedAt) return true;
    for (const tags of [entry.tags, extraTags]) {
      for (const tag of tags) {
        const at = this.expiredAt.get(tag);
        if (at !== undefined && at >= entry.lastModified) return true;
      }
    }
    return false;
  }

  /**
   * The entry under key if it has not been expired by a tag, refreshed as recently used.
   * @param {string} key
   * @param {readonly string[]} [extraTags]
   * @returns {Entry | null}
   */
  read(key, extraTags) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (this.isExpired(entry, extraTags)) {
      this.delete(key);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (entry.searchResult) {
      this.searchResults.delete(key);
      this.searchResults.add(key);
    }
    return entry;
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ cacheControl?: Entry["cacheControl"], tags?: string[] }} [ctx]
   */
  write(key, value, ctx = {}) {
    this.delete(key);
    if (!value) return;
    const entry = {
      value,
      lastModified: Date.now(),
      cacheControl: ctx.cacheControl,
      tags: tagsOf(value, ctx),
      size: sizeOf(value),
      pagePath: pagePathOfKey(key),
      derived: new Map(),
      searchResult: false,
    };
    entry.searchResult = entry.tags.includes(SEARCH_RESULTS_TAG);
    if (entry.size > (entry.searchResult ? this.searchResultsMaxBytes : this.maxBytes)) return;
    this.entries.set(key, entry);
    this.bytes += entry.size;
    if (entry.pagePath) this.pages.set(entry.pagePath, key);
    if (entry.searchResult) {
      this.searchResults.add(key);
      this.searchResultsBytes += entry.size;
      for (const oldest of this.searchResults) {
        if (this.searchResultsBytes <= this.searchResultsMaxBytes) break;
        this.delete(oldest);
      }
    }
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
    if (entry.searchResult) {
      this.searchResults.delete(key);
      this.searchResultsBytes -= entry.size;
    }
    if (entry.pagePath && this.pages.get(entry.pagePath) === key) this.pages.delete(entry.pagePath);
  }

  /**
   * Expires every entry that depends on one of the tags.
   * @param {readonly string[]} tags
   * @param {{ publish?: boolean }} [options] publish: tell the listeners (other instances)
   */
  expireTags(tags, { publish = true } = {}) {
    if (tags.length === 0) return;
    const at = Date.now() + SETTLE_MS;
    for (const tag of tags) this.expiredAt.set(tag, at);
    if (publish) for (const listener of this.listeners) listener([...tags]);
  }

  /** Expires everything (the feed of other instances' expiries was interrupted). */
  expireAll() {
    this.flushedAt = Date.now() + SETTLE_MS;
  }

  /**
   * The fresh app page for a request path, or null (none, stale, expired or not a 200).
   * @param {string} pagePath
   * @param {number} [now]
   * @returns {Entry | null}
   */
  freshPage(pagePath, now = Date.now()) {
    const key = this.pages.get(pagePath);
    if (!key) return null;
    const entry = this.read(key);
    if (entry?.value?.kind !== "APP_PAGE") return null;
    const { value, cacheControl } = entry;
    if (typeof value.html !== "string" || value.postponed || (value.status ?? 200) !== 200) return null;
    const revalidate = cacheControl?.revalidate;
    if (typeof revalidate !== "number" || now >= entry.lastModified + revalidate * 1000) return null;
    return entry;
  }
}

/** The one store of this process. */
export function pageCacheStore() {
  const holder = /** @type {Record<symbol, PageCacheStore | undefined>} */ (
    /** @type {unknown} */ (globalThis)
  );
  if (!holder[STORE_KEY]) {
    const megabytes = Number(process.env.ANSWERABLE_PAGE_CACHE_MB);
    const searchMegabytes = Number(process.env.ANSWERABLE_SEARCH_CACHE_MB);
    const maxBytes =
      Number.isFinite(megabytes) && megabytes > 0 ? megabytes * 1024 * 1024 : DEFAULT_MAX_BYTES;
    holder[STORE_KEY] = new PageCacheStore(
      maxBytes,
      Math.min(
        maxBytes,
        Number.isFinite(searchMegabytes) && searchMegabytes > 0
          ? searchMegabytes * 1024 * 1024
          : DEFAULT_SEARCH_RESULTS_MAX_BYTES,
      ),
    );
  }
  return holder[STORE_KEY];
}

/** Next's CacheHandler interface over the process's store (Next makes one per request). */
export default class PageCacheHandler {
  constructor() {
    this.store = pageCacheStore();
  }

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const extraTags = ctx?.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
    const entry = this.store.read(key, extraTags);
    if (!entry) return null;
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    this.store.write(key, data, {
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: ctx?.tags,
    });
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    this.store.expireTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
