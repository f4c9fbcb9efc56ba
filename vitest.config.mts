import { defineConfig } from "vitest/config";

// Three projects: unit tests next to the code, integration suites against the local
// runtime (Cosmos stand-in, or a real account when COSMOS_ENDPOINT/COSMOS_KEY are set),
// and browser tests against the built app in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "functions/src/**/*.test.ts",
            "apps/tabs/src/**/*.test.ts",
            "manifest/src/**/*.test.ts",
            "tests/perf/**/*.test.ts",
            "tests/infra/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ["tests/e2e/global-setup.ts"],
        },
      },
    ],
  },
});
