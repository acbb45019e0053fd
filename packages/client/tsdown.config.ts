import { readFileSync } from "node:fs";
import { defineConfig, type TsdownPlugin } from "tsdown";

/** The version the SDK names in `X-Leadping-Client`, read from package.json at build time (src/version.ts). */
export const versionDefine = {
  __LEADPING_CLIENT_VERSION__: JSON.stringify((JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as { version: string }).version),
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

export default defineConfig({
  // `webhooks` and `tracing` are their own entries (subpaths), so API-only bundles never carry them.
  entry: { index: "src/index.ts", webhooks: "src/webhooks/index.ts", tracing: "src/tracing/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  clean: true,
  tsconfig: "tsconfig.src.json",
  define: versionDefine,
  plugins: [cjsInteropFromEsModuleFlag],
});
