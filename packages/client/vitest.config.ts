import { defineConfig } from "vitest/config";
import { versionDefine } from "./tsdown.config.js";

export default defineConfig({
  define: versionDefine,
  test: {
    include: ["test/**/*.test.ts"],
    passWithNoTests: false,
    // Integration tests start real servers; a loaded 2-core machine needs headroom.
    testTimeout: 20_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
