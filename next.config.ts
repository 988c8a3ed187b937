import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { framingHeaderRules } from "./lib/domain/framing";

// The catalogs' ICU messages are compiled at build time, so browsers get no message parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules as-is.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Rendered pages and cached data live in memory, expired by tag across instances
  // (lib/page-cache/handler.mjs); Next's own in-memory layer would only duplicate them.
  cacheHandler: path.join(/* turbopackIgnore: true */ process.cwd(), "lib/page-cache/handler.mjs"),
  cacheMaxMemorySize: 0,
  // Sign-on spreadsheets of 10,000+ rows travel in one server-action request. A little
  // above the import's own limit (MAX_UPLOAD_BYTES, 10 MB), so a file over that limit
  // still reaches the action and gets its message beside the file field.
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
  // Only the embeds may be framed by other sites (lib/domain/framing.ts); the page cache's
  // fast path, which answers without Next, sends the same headers.
  async headers() {
    return framingHeaderRules();
  },
};

export default withNextIntl(nextConfig);
