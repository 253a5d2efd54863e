import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // A throwaway Postgres server for the store contract and the multi-instance tests.
    globalSetup: ["test/support/pg-global-setup.ts"],
  },
});
