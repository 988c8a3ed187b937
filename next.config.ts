import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules as-is.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Sign-on spreadsheets of 10,000+ rows travel in one server-action request.
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
};

export default withNextIntl(nextConfig);
