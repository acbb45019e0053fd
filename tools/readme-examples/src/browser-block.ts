// A `browser` README block, bundled with esbuild from the consumer's installed packages and
// loaded in headless Chromium from 127.0.0.1, next to a same-origin proxy (/api) to the local API.
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { chromiumPath, servePage } from "../../release-check/src/browser-consumer.mjs";

const html = `<!doctype html><html><head><meta charset="utf-8"><title>README browser block</title></head>
<body><div id="root"></div><script type="module" src="/app.js"></script></body></html>`;

/** Bundles `entry` (a path inside `consumerDir`), runs it and returns the texts of the `li` elements it rendered. */
export async function runBrowserBlock(consumerDir: string, entry: string, apiUrl: string) {
  const result = await build({
    absWorkingDir: consumerDir,
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  const site = await servePage(code, apiUrl, html);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const tab = await browser.newPage();
    const pageErrors: string[] = [];
    tab.on("pageerror", (error) => pageErrors.push(String(error)));
    await tab.goto(`${site.origin}/`);
    await tab.locator("#root li").first().waitFor({ timeout: 30_000 });
    const items = (await tab.locator("#root li").allTextContents()).map((text) => text.trim());
    return { items, forwarded: site.forwarded, pageErrors };
  } finally {
    await browser.close();
    await site.close();
  }
}
