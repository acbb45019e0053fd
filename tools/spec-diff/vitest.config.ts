import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    passWithNoTests: false,
    // The end-to-end tests clone the repo, bundle the spec and run tsc: generous on a loaded 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
