import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: process.env.CI_SUMMARY_DIR
      ? ["default", ["json", { outputFile: path.join(process.env.CI_SUMMARY_DIR, "vitest.json") }]]
      : ["default"],
  },
});
