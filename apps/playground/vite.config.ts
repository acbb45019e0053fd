import { defineConfig } from "vite";

// The page is plain TypeScript and DOM: no framework plugin. The playground
// server (src/server) serves dist/web and mounts the API under /api.
export default defineConfig({
  build: { outDir: "dist/web", emptyOutDir: true, target: "es2022" },
});
