import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
// The same compression middleware Next applies when `compress` is on (next.config.ts turns
// it off so that it runs here, beneath the hashing of a page's inline scripts).
import compression from "next/dist/compiled/compression";
import { releaseCompressionStream } from "next/dist/server/lib/release-compression-stream";
import { EMBED_PATH_PREFIX } from "@/lib/domain/urls";
import { plainPageHtml } from "./plain-page";
import { inlineHashes, isEmbedPath, securityHeaders } from "./security-headers";

/*
 * How `npm start` puts lib/server/security-headers.ts on the wire. A response leaves by
 * one of two paths, and each sets the headers once:
 * - the page cache's fast path sets its page's, computed once per cached page
 *   (lib/page-cache/fast-path.ts);
 * - secureNextResponse, before anything else goes to Next: every response starts with the
 *   headers allowing no inline script; an HTML response is held until it is complete,
 *   a plain page's Next scripts taken out (lib/server/plain-page.ts), its inline scripts
 *   hashed into its Content-Security-Policy, then sent, compressed like every other
 *   response Next sends.
 */

/** The path part of a request's URL, as sent. */
export function requestPath(req: IncomingMessage): string {
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

function setAll(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

/** The headers of a response with no inline script, built once: one for embed pages, one for the rest. */
const PLAIN = { page: securityHeaders("/"), embed: securityHeaders(EMBED_PATH_PREFIX) };

const compress = compression();

function isHtml(res: ServerResponse): boolean {
  const type = res.getHeader("content-type");
  return typeof type === "string" && /^\s*text\/html\b/i.test(type);
}

type Callback = (error?: Error | null) => void;

function chunkOf(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  if (typeof chunk === "string")
    return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.from(chunk as Uint8Array);
}

function callbackOf(...args: unknown[]): Callback | undefined {
  return args.find((arg): arg is Callback => typeof arg === "function");
}

/**
 * Sets the security headers, compresses what Next sends, and holds an HTML response
 * until it ends, to send it with the Content-Security-Policy that allows its own inline
 * scripts. Call with the path as requested (before any rewrite), before handing the
 * request to Next.
 */
export function secureNextResponse(req: IncomingMessage, res: ServerResponse, pathname: string): void {
  setAll(res, isEmbedPath(pathname) ? PLAIN.embed : PLAIN.page);
  compress(req, res, () => {});
  // On a client disconnect the middleware never ends its zlib stream (Next does the same).
  res.once("close", () => {
    if (!res.writableFinished) releaseCompressionStream(res);
  });

  const write = res.write;
  const end = res.end;
  const writeHead = res.writeHead;
  const flushHeaders = res.flushHeaders;
  let held: Buffer[] | null | undefined; // undefined: not decided yet; null: passed through
  // A 304 has no body to hash, and the browser merges its headers into the copy it keeps:
  // a policy allowing no inline script would block that copy's own. It keeps the copy's.
  const keepCachedPolicy = (response: ServerResponse) => {
    if (response.statusCode === 304 && !response.headersSent)
      response.removeHeader("Content-Security-Policy");
  };
  const holding = () => {
    if (held === undefined) held = isHtml(res) ? [] : null;
    return held !== null;
  };

  res.flushHeaders = function flushUnlessHeld(this: ServerResponse) {
    if (!holding()) flushHeaders.call(this);
  };
  res.writeHead = function writeHeadUnlessHeld(
    this: ServerResponse,
    statusCode: number,
    ...rest: Array<string | OutgoingHttpHeaders | Array<string | string[]> | undefined>
  ) {
    const [first, second] = rest;
    if (typeof first === "string") this.statusMessage = first;
    const headers = typeof first === "string" ? second : first;
    this.statusCode = statusCode;
    keepCachedPolicy(this);
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(String(headers[i]), headers[i + 1]!);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) this.setHeader(name, value);
    }
    return holding() ? this : writeHead.call(this, statusCode);
  } as ServerResponse["writeHead"];
  res.write = function writeUnlessHeld(this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (!holding()) return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    const buffer = chunkOf(chunk, rest[0]);
    if (buffer) held!.push(buffer);
    const callback = callbackOf(...rest);
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse["write"];
  res.end = function endAfterHashing(this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keepCachedPolicy(this);
    if (!holding()) return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    const buffer = chunkOf(chunk, rest[0]);
    if (buffer) held!.push(buffer);
    const page = plainPageHtml(Buffer.concat(held!).toString("utf8"));
    const body = Buffer.from(page);
    held = null; // from here on everything passes through, Node's implicit writeHead included
    if (this.hasHeader("content-length")) this.setHeader("Content-Length", body.byteLength);
    setAll(this, securityHeaders(pathname, inlineHashes(page)));
    keepCachedPolicy(this);
    const callback = callbackOf(chunk, ...rest);
    const send = end as (...args: unknown[]) => ServerResponse;
    return body.byteLength > 0 ? send.call(this, body, callback) : send.call(this, callback);
  } as ServerResponse["end"];
}
