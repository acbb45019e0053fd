import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    passWithNoTests: false,
    // Tests start redis-server, the mock API and child processes on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
