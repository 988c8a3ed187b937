import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

/*
 * What browsers are sent to run. Public pages are plain HTML (lib/server/plain-page.ts):
 * what they load is read from the page as served (servedPageJs), every script it names
 * fetched and gzipped. The production build (`next build`, in .next) gives the rest:
 * the size of React and Next's runtime, which the pages React runs (staff, account,
 * sign-in) load (runtimeFiles: build-manifest.json and the chunks of Next's own
 * components, from each route's client reference manifest), and the client chunks,
 * none of which may carry a browser stand-in for a Node built-in. Used by the budget
 * test (tests/e2e/client-js.spec.ts) and `npm run bench`.
 */

export const NEXT_DIR = path.resolve(".next");

/** Issue #13: what any public page may load in all, gzipped, the sign page included. */
export const PUBLIC_PAGE_JS_BUDGET_BYTES = 100 * 1024;

/**
 * Strings found only in the browser stand-ins bundlers put in for Node built-ins
 * (crypto-browserify, buffer, readable-stream, events, util): a client bundle holding one
 * of them imported server code. Not listed: Next's own tiny `process` shim, in every
 * page, and `path`, whose stand-in's message vfile (react-markdown, the staff letter
 * preview) also carries in its own small browser path module.
 */
export const NODE_BUILTIN_MARKERS: ReadonlyArray<{ builtin: string; marker: string }> = [
  { builtin: "crypto", marker: "des-ede3-cbc" },
  { builtin: "buffer", marker: "targetStart out of bounds" },
  { builtin: "stream", marker: "ERR_STREAM_PREMATURE_CLOSE" },
  { builtin: "events", marker: "MaxListenersExceededWarning" },
  { builtin: "util", marker: "util.promisify.custom" },
];

/** Client entries whose chunks are Next's own code. */
const NEXT_ENTRY = /^\[project\]\/(?:node_modules\/next\/|app\/global-not-found$)/;

/**
 * React and Next's runtime: the files every page loads before its own
 * (build-manifest.json), and the chunks only Next's own built-in components use (its
 * default not-found page's, with the layout router), which a build whose root layout is
 * under app/[locale] leaves out of those files. app/global-not-found.tsx counts as one
 * of them: it reaches no client component (tests/unit/architecture), so what it loads
 * is Next's.
 */
export function runtimeFiles(nextDir = NEXT_DIR): string[] {
  const build = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const next = new Set<string>();
  const app = new Set<string>();
  for (const [, manifest] of clientManifests(nextDir))
    for (const [entry, files] of Object.entries(manifest.entryJSFiles ?? {}))
      for (const file of files) (NEXT_ENTRY.test(entry) ? next : app).add(file);
  return [...new Set([...build.rootMainFiles, ...[...next].filter((file) => !app.has(file))])];
}

/** The gzipped size of files under .next. */
export function gzipBytes(files: readonly string[], nextDir = NEXT_DIR): number {
  return files.reduce((sum, f) => sum + gzipSize(path.join(nextDir, f)), 0);
}

export function hasBuild(nextDir = NEXT_DIR): boolean {
  return fs.existsSync(path.join(nextDir, "build-manifest.json"));
}

const gzipCache = new Map<string, number>();

/** A file's size gzipped as a server sends it (zlib's default level). */
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

function manifestsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...manifestsUnder(full));
    else if (entry.name === "page_client-reference-manifest.js") out.push(full);
  }
  return out;
}

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

/** Every page route's client reference manifest: the route as Next names it, and its manifest. */
function clientManifests(nextDir: string): Array<[string, ClientManifest]> {
  return manifestsUnder(path.join(nextDir, "server/app")).flatMap((file) => {
    // The manifest is a script that assigns globalThis.__RSC_MANIFEST[route].
    const sandbox: {
      self?: unknown;
      globalThis?: unknown;
      __RSC_MANIFEST?: Record<string, ClientManifest>;
    } = {};
    sandbox.self = sandbox;
    sandbox.globalThis = sandbox;
    vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
    return Object.entries(sandbox.__RSC_MANIFEST ?? {});
  });
}

/** Every client chunk holding a Node built-in stand-in, with which one. */
export function nodeBuiltinsInChunks(nextDir = NEXT_DIR): Array<{ file: string; builtin: string }> {
  const dir = path.join(nextDir, "static/chunks");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".js"))
    .flatMap((name) => {
      const text = fs.readFileSync(path.join(dir, name), "utf8");
      return NODE_BUILTIN_MARKERS.filter(({ marker }) => text.includes(marker)).map(({ builtin }) => ({
        file: `static/chunks/${name}`,
        builtin,
      }));
    });
}

export type ServedJs = {
  path: string;
  /** Script files the page loads (not those marked nomodule), as named in its HTML. */
  files: string[];
  /** Everything it runs, gzipped: each file as the server sends it, and its inline scripts. */
  gzipBytes: number;
  /** Whether it loads Next's runtime (a /_next/ script or React's hydration payload). */
  nextRuntime: boolean;
};

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** What a page, fetched from `base`, makes the browser run: every script file it names and its inline scripts. */
export async function servedPageJs(base: string, pagePath: string): Promise<ServedJs> {
  const response = await fetch(new URL(pagePath, base));
  if (!response.ok) throw new Error(`${pagePath}: HTTP ${response.status}`);
  const html = await response.text();
  const files: string[] = [];
  let inline = "";
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    const src = /\ssrc="([^"]+)"/.exec(attributes!)?.[1];
    if (!src) inline += body;
    else if (!/\snomodule\b/i.test(attributes!)) files.push(src.replaceAll("&amp;", "&"));
  }
  let gzip = inline ? zlib.gzipSync(inline).length : 0;
  for (const file of files) {
    const script = await fetch(new URL(file, base));
    if (!script.ok) throw new Error(`${pagePath} loads ${file}: HTTP ${script.status}`);
    gzip += zlib.gzipSync(Buffer.from(await script.arrayBuffer())).length;
  }
  return {
    path: pagePath,
    files,
    gzipBytes: gzip,
    nextRuntime: files.some((file) => file.startsWith("/_next/")) || html.includes("self.__next_f"),
  };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** A table of what each page sends to run, for the bench's output. */
export async function formatServedJs(base: string, pages: ReadonlyArray<[string, string]>): Promise<string> {
  const rows = await Promise.all(
    pages.map(async ([name, page]) => [name, await servedPageJs(base, page)] as const),
  );
  const width = Math.max(...rows.map(([name]) => name.length));
  return [
    `${"page".padEnd(width)}  ${"JS, gzipped".padStart(11)}  runs`,
    ...rows.map(
      ([name, js]) =>
        `${name.padEnd(width)}  ${kib(js.gzipBytes).padStart(11)}  ${js.nextRuntime ? "React and Next" : js.files.join(", ") || "nothing"}`,
    ),
    `budget of a public page: ${kib(PUBLIC_PAGE_JS_BUDGET_BYTES)}; React and Next's runtime alone: ${kib(gzipBytes(runtimeFiles()))}`,
  ].join("\n");
}
