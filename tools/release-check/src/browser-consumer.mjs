// The browser consumer: bundles fixtures' browser.js with esbuild from the
// installed packages, serves it from 127.0.0.1 next to a same-origin proxy to
// the local API, and runs it in headless Chromium.
import { createServer } from "node:http";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { browserBundleOptions } from "./size-budget.mjs";

/** Debian's Chromium; `playwright install` cannot download browsers here. */
export const chromiumPath = "/usr/bin/chromium";

const page = `<!doctype html><html><head><meta charset="utf-8"><title>Leadping consumer</title></head>
<body><script type="module" src="/app.js"></script></body></html>`;

/**
 * @param {string} consumerDir an installed consumer project with browser.js
 * @returns {Promise<{ code: string, bytes: number }>}
 */
export async function bundleBrowserConsumer(consumerDir) {
  const result = await build({
    absWorkingDir: consumerDir,
    entryPoints: ["browser.js"],
    ...browserBundleOptions,
  });
  const code = /** @type {{ text: string }} */ (result.outputFiles[0]).text;
  return { code, bytes: Buffer.byteLength(code) };
}

/**
 * Serves the page and bundle, forwarding /api/* to `apiUrl`; records the API calls it forwarded.
 * @param {string} code the bundle
 * @param {string} apiUrl base URL of the local Leadping API
 * @param {string} [html] the page, which loads /app.js @default a page that only loads /app.js
 */
export async function servePage(code, apiUrl, html = page) {
  /** @type {string[]} */
  const forwarded = [];
  const server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (url === "/") return void response.writeHead(200, { "content-type": "text/html" }).end(html);
    if (url === "/app.js") return void response.writeHead(200, { "content-type": "text/javascript" }).end(code);
    if (!url.startsWith("/api/")) return void response.writeHead(404).end();
    const chunks = /** @type {Buffer[]} */ ([]);
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const path = url.slice("/api".length);
      forwarded.push(`${request.method} ${path.split("?")[0]}`);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === "string" && name !== "host" && name !== "connection") headers.set(name, value);
      }
      const method = request.method ?? "GET";
      fetch(apiUrl + path, { method, headers, ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}) })
        .then(async (answer) => {
          const body = Buffer.from(await answer.arrayBuffer());
          const type = answer.headers.get("content-type");
          response.writeHead(answer.status, type ? { "content-type": type } : {}).end(body);
        })
        .catch((/** @type {unknown} */ error) => response.writeHead(502).end(String(error)));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    forwarded,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/**
 * Loads the bundle in headless Chromium and returns what the page reported.
 * @param {string} code
 * @param {string} apiUrl
 */
export async function runBrowserConsumer(code, apiUrl) {
  const site = await servePage(code, apiUrl);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const tab = await browser.newPage();
    /** @type {string[]} */
    const pageErrors = [];
    tab.on("pageerror", (error) => pageErrors.push(String(error)));
    await tab.goto(`${site.origin}/`);
    await tab.waitForFunction(() => "leadpingResult" in globalThis);
    /** @type {{ id?: string, updatedId?: string, updatedLastName?: string, userAgent?: string, error?: string }} */
    const result = await tab.evaluate(() => /** @type {any} */ (globalThis).leadpingResult);
    return { result, forwarded: site.forwarded, pageErrors };
  } finally {
    await browser.close();
    await site.close();
  }
}
