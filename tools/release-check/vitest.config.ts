import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The rehearsal publishes, installs and runs real consumers; packing and attw take seconds each.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Files share the packed tarballs' temp dirs through nothing; run them one by one to spare the 2 cores.
    fileParallelism: false,
  },
});
