import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  clean: true,
  // `import.meta.url` locates the bundled spec at run time; shims make it work in the CJS build too.
  shims: true,
});
