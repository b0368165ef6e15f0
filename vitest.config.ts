import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One run of both projects writes one report, which scripts/test-summary.mjs reads.
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 20_000, hookTimeout: 20_000 },
      },
      {
        extends: true,
        // Real Eleventy builds of fixture sites (and the checks run on them): minutes on a busy machine.
        test: { name: "build", include: ["tests/build/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 },
      },
    ],
  },
});
