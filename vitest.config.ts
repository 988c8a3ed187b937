import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // server-only guards the app bundle; plain Node tests may import those modules.
      "server-only": path.resolve(__dirname, "tests/helpers/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // next-auth and next-intl import "next/server", "next/navigation" without an extension, which Node's ESM loader refuses.
    server: { deps: { inline: ["next-auth", "next-intl"] } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: process.env.CI_SUMMARY_DIR
      ? ["default", ["json", { outputFile: path.join(process.env.CI_SUMMARY_DIR, "vitest.json") }]]
      : ["default"],
  },
});
