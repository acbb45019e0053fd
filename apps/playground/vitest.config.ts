import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    passWithNoTests: false,
    // The browser and demo tests start servers and Chromium; give a loaded
    // 2-core machine room without hiding a real hang.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits on the page; 1 s (the default) is short on a busy machine.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
