import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type TsdownPlugin } from "tsdown";

/** The version the SDK names in `X-Leadping-Client`, read from package.json at build time (src/version.ts). */
export const versionDefine = {
  __LEADPING_CLIENT_VERSION__: JSON.stringify(
    (JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as { version: string }).version,
  ),
};

/**
 * In a `"type": "module"` package, rolldown's CJS output imports externals in
 * "Node mode" (`__toESM(mod, 1)`), which makes a default import the whole
 * `module.exports`. openapi-fetch's CJS build sets `__esModule` and puts
 * `createClient` on `exports.default`, so `require("@leadping/client")` got an
 * object instead of a function (rolldown/rolldown#10800). Babel-style interop
 * honours `__esModule` and still falls back to `module.exports` without it.
 * The release rehearsal's CommonJS consumer (tools/release-check) proves it.
 */
const cjsInteropFromEsModuleFlag: TsdownPlugin = {
  name: "leadping:cjs-interop-from-esmodule-flag",
  renderChunk(code, _chunk, outputOptions) {
    if (outputOptions.format !== "cjs") return null;
    return code.replace(/__toESM\(([\w$]+), 1\)/g, "__toESM($1)");
  },
};

/**
 * The browser build swaps redirects.ts for redirects.browser.ts: a page's
 * fetch hides where a redirect leads, so the rules for following one are dead
 * weight there (about 340 B gzip). The "browser" export condition picks it.
 */
const browserRedirects: TsdownPlugin = {
  name: "leadping:browser-redirects",
  resolveId(source, importer) {
    if (source === "./redirects.js" && importer?.endsWith("/src/request.ts"))
      return fileURLToPath(new URL("src/redirects.browser.ts", import.meta.url));
    return null;
  },
};

const shared = { sourcemap: false, tsconfig: "tsconfig.src.json", define: versionDefine } as const;

export default defineConfig([
  {
    ...shared,
    // `webhooks` and `tracing` are their own entries (subpaths), so API-only bundles never carry them.
    entry: { index: "src/index.ts", webhooks: "src/webhooks/index.ts", tracing: "src/tracing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    plugins: [cjsInteropFromEsModuleFlag],
  },
  {
    ...shared,
    entry: { "index.browser": "src/index.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    plugins: [browserRedirects],
  },
]);
