import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

/*
 * What a production build (`next build`, in .next) sends to browsers: each route's
 * JavaScript, gzipped as the server sends it, and whether any chunk carries a browser
 * stand-in for a Node built-in. Read from the build's own manifests: the root files
 * every page loads (build-manifest.json) and the chunks of each route's layouts and page
 * (server/app/<route>/page_client-reference-manifest.js). Used by the budget test
 * (tests/e2e/client-js.spec.ts) and `npm run bench`.
 */

export const NEXT_DIR = path.resolve(".next");

/**
 * What a public page may send beyond React and Next's own runtime, gzipped. Issue #13
 * asked for 100 KiB in all, but that runtime alone is 129 KiB (React 19.3, Next 16.4),
 * so the budget holds what the app adds: its client components, their libraries and the
 * strings they use (11 to 17 KiB; the sign page's was 188 KiB with zod and crypto).
 */
export const PAGE_OWN_JS_BUDGET_BYTES = 20 * 1024;

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

export type RouteJs = {
  /** The app route as Next names it: "/[locale]/(public)/campaigns/[slug]/page". */
  route: string;
  /** Chunk files, relative to .next ("static/chunks/…js"). */
  files: string[];
  bytes: number;
  gzipBytes: number;
};

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

/** Every page route of the build with the JavaScript a browser loads for it. */
export function routeClientJs(nextDir = NEXT_DIR): RouteJs[] {
  const runtime = runtimeFiles(nextDir);
  return clientManifests(nextDir)
    .map(([route, manifest]) => {
      const files = [...new Set([...runtime, ...Object.values(manifest.entryJSFiles ?? {}).flat()])];
      return {
        route,
        files,
        bytes: files.reduce((sum, f) => sum + fs.statSync(path.join(nextDir, f)).size, 0),
        gzipBytes: gzipBytes(files, nextDir),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Public routes: everything but staff pages, the account and error pages; the embeds other sites frame included. */
export function isPublicRoute(route: string): boolean {
  return route.startsWith("/[locale]/(public)/") || route.startsWith("/[locale]/embed/");
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

/** A table of the public routes and their gzipped JavaScript, for the bench's output. */
export function formatRouteJs(nextDir = NEXT_DIR): string {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const runtime = gzipBytes(runtimeFiles(nextDir), nextDir);
  const routes = routeClientJs(nextDir).filter((r) => isPublicRoute(r.route));
  const width = Math.max(...routes.map((r) => r.route.length));
  return [
    `${"route (public)".padEnd(width)}  ${"JS, gzipped".padStart(11)}  ${"own".padStart(9)}`,
    ...routes.map(
      (r) =>
        `${r.route.padEnd(width)}  ${kib(r.gzipBytes).padStart(11)}  ${kib(r.gzipBytes - runtime).padStart(9)}`,
    ),
    `React and Next's runtime, in every page: ${kib(runtime)}; own: what the page adds (budget ${kib(PAGE_OWN_JS_BUDGET_BYTES)})`,
  ].join("\n");
}
