// Serves the Vite-built page from one directory. Paths are resolved inside
// that directory only; anything that is not a file falls back to index.html.
import { readFile, stat } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file under `root`, or `null` when it would leave `root`. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const candidate = normalize(join(root, decoded));
  const rootWithSep = root.endsWith(sep) ? root : `${root}${sep}`;
  return candidate === root || candidate.startsWith(rootWithSep) ? candidate : null;
}

/** Answers a GET/HEAD for `urlPath` from `root`; unknown paths get index.html. */
export async function serveStatic(root: string, urlPath: string, method: string, response: ServerResponse): Promise<void> {
  const resolved = resolveStaticPath(root, urlPath);
  const file = resolved && (await isFile(resolved)) ? resolved : join(root, "index.html");
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    response.end(`The page is not built: run the playground's build first (missing ${join(root, "index.html")}).\n`);
    return;
  }
  const hashedAsset = file.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    "content-type": contentTypes[extname(file)] ?? "application/octet-stream",
    "content-length": body.length,
    "cache-control": hashedAsset ? "public, max-age=31536000, immutable" : "no-cache",
  });
  response.end(method === "HEAD" ? undefined : body);
}
