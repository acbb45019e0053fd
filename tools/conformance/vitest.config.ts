import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    passWithNoTests: false,
    testTimeout: 60_000,
    // beforeAll runs every README block and the playground tour: slow on a loaded 2-core machine.
    hookTimeout: 120_000,
  },
});
