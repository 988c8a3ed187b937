import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The catalogs' ICU messages are compiled at build time, so browsers get no message parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** What one request may carry to a server action: the import's 10 MB file and its form. */
const UPLOAD_TRANSPORT_LIMIT = "12mb";

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules as-is.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // `npm start` compresses responses itself, after lib/server/security-headers.ts has read
  // each page's inline scripts for its Content-Security-Policy (scripts/start.ts).
  compress: false,
  // Rendered pages and cached data live in memory, expired by tag across instances
  // (lib/page-cache/handler.mjs); Next's own in-memory layer would only duplicate them.
  cacheHandler: path.join(/* turbopackIgnore: true */ process.cwd(), "lib/page-cache/handler.mjs"),
  cacheMaxMemorySize: 0,
  // Sign-on spreadsheets of 10,000+ rows travel in one server-action request. Both limits
  // on its way sit a little above the import's own (MAX_UPLOAD_BYTES, 10 MB), so a file
  // over that limit still reaches the action whole and gets its message beside the file
  // field, with or without JavaScript: the server action's, and the proxy's (proxy.ts
  // sees /staff/*, and past its limit it would pass on a body cut short, which the
  // action could not even parse). Larger files are stopped in the browser by the form.
  experimental: {
    // An address no route serves gets app/global-not-found.tsx, a whole page rendered on
    // its own: every page is under app/[locale], whose layout is the root one.
    globalNotFound: true,
    serverActions: { bodySizeLimit: UPLOAD_TRANSPORT_LIMIT },
    proxyClientMaxBodySize: UPLOAD_TRANSPORT_LIMIT,
  },
  // The plain pages' scripts are named with their content's hash (?v=…, scriptUrl in
  // lib/server/plain-page.ts), so browsers keep them without asking again on each page.
  async headers() {
    return ["/enhance.js", "/embed-frame.js"].map((source) => ({
      source,
      has: [{ type: "query" as const, key: "v" }],
      headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
    }));
  },
};

export default withNextIntl(nextConfig);
