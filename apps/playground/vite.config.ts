import { defineConfig, type Plugin } from "vite";

// The page is plain TypeScript and DOM: no framework plugin. In production the
// playground server (src/server) serves dist/web and mounts the API at /api;
// under `vite` (pnpm dev, with hot reload) this plugin mounts the same handler.
function playgroundApi(): Plugin {
  return {
    name: "leadping-playground-api",
    apply: "serve",
    async configureServer(server) {
      // Imported here so `vite build` does not load the API.
      const { createPlaygroundHandler } = await import("./src/server/playground-handler.js");
      const { describeApiTarget, resolveApiTarget } = await import("./src/shared/api-target.js");
      const target = resolveApiTarget(process.env);
      server.config.logger.info(`  API: ${describeApiTarget(target)}, mounted at /api`);
      const handle = createPlaygroundHandler({ target });
      server.middlewares.use((request, response, next) => handle(request, response, next));
    },
  };
}

export default defineConfig({
  plugins: [playgroundApi()],
  server: { host: "127.0.0.1", port: 5173 },
  build: { outDir: "dist/web", emptyOutDir: true, target: "es2022" },
});
