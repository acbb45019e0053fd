import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    passWithNoTests: false,
    // Only the type tests and what they import: `pnpm typecheck` checks the whole package.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.type-tests.json" },
    // Real sockets on a loaded 2-core machine: generous per-test budget, never wall-clock assertions.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
