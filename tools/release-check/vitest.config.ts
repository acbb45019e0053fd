import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The rehearsal publishes, installs and runs real consumers; packing and attw take seconds each.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Each file works in its own temp dirs; two at a time keeps the rehearsal from being the whole wall time.
    maxWorkers: 2,
  },
});
