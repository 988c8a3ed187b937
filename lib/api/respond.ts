import { createTranslator } from "next-intl";
import type * as z from "zod";
import { cacheTags } from "@/lib/domain/cache-tags";
import {
  API_CACHE_CONTROL,
  apiCacheKey,
  CORS_HEADERS,
  etagOf,
  freshApiResponse,
  matchesEtag,
  storeApiResponse,
} from "@/lib/page-cache/api-cache";
import { messages } from "@/messages/en";
import type { ApiErrorBody } from "./schemas";

/*
 * The one way the public API answers (every app/api/v1 route goes through apiRoute):
 * CORS for GET and its preflight, the query string checked against the operation's zod
 * schema (400 naming the parameter), 404 JSON for what the public may not see, the body
 * parsed with the resource's schema (nothing it does not name goes out), an ETag with 304
 * on If-None-Match, and the page cache: a 200 is stored tagged like the page that shows
 * the same data, so the same writes expire it.
 */

const t = createTranslator({ locale: "en-GB", messages, namespace: "api.errors" });

/** One operation of the API: what it reads, loads and sends. Described in lib/api/operations.ts. */
export type ApiOperation<Params extends Record<string, string> = Record<string, string>> = {
  /** The OpenAPI operationId, and its key in the "api.operations" messages. */
  id: string;
  /** The OpenAPI path under /api/v1, with {braces} for path parameters. */
  path: string;
  /** The query string it accepts; any other parameter is a 400. */
  query?: z.ZodObject;
  /** The 200 body: the output parser and the documented schema. */
  schema: z.ZodType;
  /** Whether unknown ids or slugs are a 404 (operations on one resource). */
  canBeMissing: boolean;
  /** The cache tags the data is expired by: those of the page that shows it. */
  tags: (params: Params, query: Record<string, unknown>) => string[] | Promise<string[]>;
  /** The data, or null when there is no such resource for the public. */
  load: (params: Params, query: Record<string, unknown>) => Promise<unknown | null>;
  /** A response as a download, under this file name. */
  download?: (params: Params) => string;
};

const JSON_TYPE = "application/json; charset=utf-8";

function errorResponse(status: number, error: ApiErrorBody["error"], cacheControl = "no-store"): Response {
  return new Response(`${JSON.stringify({ error })}\n`, {
    status,
    headers: { ...CORS_HEADERS, "Content-Type": JSON_TYPE, "Cache-Control": cacheControl },
  });
}

/** A 404 in the API's error shape (unknown ids and slugs, unknown API paths). */
export function notFoundJson(): Response {
  return errorResponse(404, { code: "not_found", message: t("notFound") }, "public, max-age=60");
}

/** The answer to a CORS preflight: any origin may GET. */
export function apiPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS } });
}

/** The query string read with the operation's schema, or the 400 that names the bad parameter. */
function readQuery(
  operation: ApiOperation<never>,
  search: URLSearchParams,
): { ok: true; query: Record<string, unknown> } | { ok: false; response: Response } {
  const names = [...search.keys()];
  const allowed = operation.query ? Object.keys(operation.query.shape) : [];
  const unknown = names.find((name) => !allowed.includes(name));
  if (unknown !== undefined)
    return {
      ok: false,
      response: errorResponse(400, {
        code: "unknown_parameter",
        message: t("unknownParameter", { param: unknown, allowed: allowed.join(", ") || "-" }),
        param: unknown,
      }),
    };
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined)
    return {
      ok: false,
      response: errorResponse(400, {
        code: "invalid_parameter",
        message: t("repeatedParameter", { param: repeated }),
        param: repeated,
      }),
    };
  if (!operation.query) return { ok: true, query: {} };
  const parsed = operation.query.safeParse(Object.fromEntries(search));
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = parsed.error.issues[0]!;
  const param = String(issue.path[0] ?? "");
  return {
    ok: false,
    response: errorResponse(400, {
      code: "invalid_parameter",
      message: t("invalidParameter", { param, problem: issue.message }),
      param,
    }),
  };
}

function jsonResponse(
  request: Request,
  { body, etag, headers }: { body: Buffer; etag: string; headers: Record<string, string> },
): Response {
  const all = { ...headers, ETag: etag };
  if (matchesEtag(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers: all });
  return new Response(request.method === "HEAD" ? null : new Uint8Array(body), { status: 200, headers: all });
}

/** The GET handler of one API operation: `export const GET = apiRoute(operations.x)`. */
export function apiRoute<Params extends Record<string, string>>(operation: ApiOperation<Params>) {
  return async function handleGet(request: Request, context: { params: Promise<Params> }): Promise<Response> {
    const url = new URL(request.url);
    const key = apiCacheKey(url);
    const hit = key === null ? null : freshApiResponse(key);
    if (hit) return jsonResponse(request, hit);

    const read = readQuery(operation as ApiOperation<never>, url.searchParams);
    if (!read.ok) return read.response;
    const params = await context.params;
    try {
      const data = await operation.load(params, read.query);
      if (data === null) return notFoundJson();
      const body = Buffer.from(`${JSON.stringify(operation.schema.parse(data))}\n`);
      const etag = etagOf(body);
      const headers: Record<string, string> = {
        ...CORS_HEADERS,
        "Content-Type": JSON_TYPE,
        "Cache-Control": API_CACHE_CONTROL,
        "X-Content-Type-Options": "nosniff",
      };
      if (operation.download)
        headers["Content-Disposition"] = `attachment; filename="${operation.download(params)}"`;
      if (key !== null) {
        const tags = await operation.tags(params, read.query);
        storeApiResponse(key, { body, etag, headers, tags: [...tags, cacheTags.dayRollover] });
      }
      return jsonResponse(request, { body, etag, headers });
    } catch (error) {
      // Logged here, never echoed: the message could name the database or a private field.
      console.error(`[answerable] API ${url.pathname} failed`, error);
      return errorResponse(500, { code: "internal", message: t("internal") });
    }
  };
}
