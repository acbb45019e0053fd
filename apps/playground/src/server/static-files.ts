// Serves the Vite-built page with sirv (the static server Vite itself uses).
// sirv lists the directory once and serves only the files it found there, so
// no URL can name a file outside it, nor a dotfile; the page's own routes
// (no file extension) get index.html.
import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import sirv from "sirv";

/** Answers a GET/HEAD from the page directory. */
export type StaticFiles = (message: IncomingMessage, response: ServerResponse) => void;

function notFound(response: ServerResponse, text: string): void {
  response.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-cache" });
  response.end(text);
}

/** Serves `root`; until the page is built, every request says how to build it. */
export function createStaticFiles(root: string): StaticFiles {
  const index = join(root, "index.html");
  let serve: StaticFiles | null = null;
  return (message, response) => {
    if (serve === null) {
      // Listed on first use, so a server started before the build serves the page once it exists.
      if (!existsSync(index)) return notFound(response, `The page is not built: run the playground's build first (missing ${index}).\n`);
      serve = sirv(root, {
        single: true,
        dotfiles: false,
        // Vite hashes what it puts in assets/; everything else may change between builds.
        setHeaders: (res, pathname) =>
          res.setHeader("cache-control", pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache"),
        onNoMatch: (_req, res) => notFound(res, "Not found.\n"),
      });
    }
    serve(message, response);
  };
}
