import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    passWithNoTests: false,
    // The files share one module graph per worker, so the contract's schemas are compiled once per
    // worker instead of once per file (about 0.4 s each, most of the suite's time). Nothing in src
    // keeps state between mocks but caches, and no test mocks modules, globals or timers.
    isolate: false,
    // Only the type tests and what they import: `pnpm typecheck` checks the whole package.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.type-tests.json" },
    // Real sockets on a loaded 2-core machine: generous per-test budget, never wall-clock assertions.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
