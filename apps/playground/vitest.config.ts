import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    passWithNoTests: false,
    // The browser and demo tests start servers and Chromium; give a loaded
    // 2-core machine room without hiding a real hang.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
