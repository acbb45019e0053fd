#!/usr/bin/env node
// Bundle size: a browser app calling lp.leads.update, next to the same app on
// bare openapi-fetch. esbuild (browser, ESM, minified), then gzip -9.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

const apps = {
  "bare openapi-fetch": `
    import createClient from "openapi-fetch";
    const client = createClient({ baseUrl: "https://api.leadping.ai", headers: { Authorization: "Bearer sk_app" } });
    const { data, error } = await client.PUT("/leads/{id}", { params: { path: { id: "lead_1" } }, body: { enabled: true } });
    if (error) throw new Error("update failed");
    console.log(data);
  `,
  "@leadping/client": `
    import { createLeadpingClient } from "@leadping/client";
    const lp = createLeadpingClient({ apiKey: "sk_app" });
    console.log(await lp.leads.update("lead_1", { enabled: true }));
  `,
};

async function bundleSize(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: packageDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    // The "browser" export condition's build, as a browser app bundles it.
    alias: { "@leadping/client": fileURLToPath(new URL("../dist/index.browser.mjs", import.meta.url)) },
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function benchBundle() {
  const sizes = {};
  for (const [name, source] of Object.entries(apps)) sizes[name] = await bundleSize(source);
  return sizes;
}

export function printBundle(sizes) {
  const bare = sizes["bare openapi-fetch"];
  const ours = sizes["@leadping/client"];
  console.log("Browser bundle of an app calling PUT /leads/{id} (esbuild --minify, browser ESM, gzip -9)");
  for (const [name, s] of Object.entries(sizes)) {
    console.log(
      `  ${name.padEnd(20)} ${String(s.minified).padStart(6)} B min   ${String(s.gzip).padStart(5)} B gzip   +${s.gzip - bare.gzip} B gzip over bare`,
    );
  }
  const over = ours.gzip - bare.gzip;
  console.log(`  target: ≤ 4500 B gzip above bare openapi-fetch → ${over <= 4500 ? "met" : "MISSED"} (+${over} B)`);
}

if (import.meta.url === `file://${process.argv[1]}`) printBundle(await benchBundle());
