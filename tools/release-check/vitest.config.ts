import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The rehearsal publishes, installs and runs real consumers; packing and attw take seconds each.
    // Generous because turbo runs every package's tests at once on 2 cores; no test asserts on time.
    testTimeout: 300_000,
    hookTimeout: 420_000,
    // Each file works in its own temp dirs; two at a time keeps the rehearsal from being the whole wall time.
    maxWorkers: 2,
  },
});
