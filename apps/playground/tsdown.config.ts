import { defineConfig } from "tsdown";

// The Node side of the playground: the server behind `npm start` and the
// scripted tour behind `pnpm demo`. The page itself is built by Vite.
export default defineConfig({
  entry: { main: "src/server/main.ts", tour: "src/demo/main.ts" },
  outDir: "dist/node",
  format: ["esm"],
  platform: "node",
  target: "node20",
  dts: false,
  sourcemap: false,
  clean: true,
});
