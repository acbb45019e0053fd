// The client's browser footprint: esbuild bundles (minified, browser, ESM) of
// small apps that import @leadping/client, measured in gzip bytes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { toolsDir } from "./workspace.mjs";

/**
 * The apps measured. `update-lead` is what a typical browser app ships; `everything`
 * re-exports the whole public surface, so no export can grow unnoticed.
 */
export const sizeScenarios = {
  "update-lead": `import { createLeadpingClient } from "@leadping/client";
const lp = createLeadpingClient({ apiKey: "key" });
lp.leads.update("lead-id", { metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { lastName: "Lovelace" } }).then(console.log);`,
  everything: `export * from "@leadping/client";`,
};

/** @typedef {keyof typeof sizeScenarios} SizeScenario */

/**
 * How a browser app is bundled, both for the size budget and for the browser
 * consumer of the release rehearsal, so the budget measures what that consumer ships.
 * @type {import("esbuild").BuildOptions & { write: false }}
 */
export const browserBundleOptions = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  write: false,
  logLevel: "silent",
};

/** Budgets in gzip bytes, committed next to this file. */
export function readSizeBudget() {
  return /** @type {Record<SizeScenario, number>} */ (JSON.parse(readFileSync(join(toolsDir, "size-budget.json"), "utf8")).gzipBytes);
}

/**
 * Bundles one scenario against the built client in the workspace.
 * @param {SizeScenario} scenario
 * @returns {Promise<{ scenario: SizeScenario, minifiedBytes: number, gzipBytes: number }>}
 */
export async function measureScenario(scenario) {
  const result = await build({
    stdin: { contents: sizeScenarios[scenario], resolveDir: toolsDir, loader: "js" },
    ...browserBundleOptions,
  });
  const code = /** @type {{ contents: Uint8Array }} */ (result.outputFiles[0]).contents;
  return { scenario, minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

/** Measures every scenario, for the test and for `pnpm --filter @leadping/release-check size`. */
export async function measureClientSize() {
  return Promise.all(/** @type {SizeScenario[]} */ (Object.keys(sizeScenarios)).map(measureScenario));
}

/**
 * One message per scenario over its budget; empty when all fit.
 * @param {{ scenario: SizeScenario, gzipBytes: number }[]} measurements
 * @param {Record<SizeScenario, number>} budget
 */
export function overBudget(measurements, budget) {
  return measurements
    .filter(({ scenario, gzipBytes }) => gzipBytes > budget[scenario])
    .map(
      ({ scenario, gzipBytes }) => `${scenario}: ${gzipBytes} B gzip > budget ${budget[scenario]} B (tools/release-check/size-budget.json)`,
    );
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const budget = readSizeBudget();
  for (const { scenario, minifiedBytes, gzipBytes } of await measureClientSize()) {
    console.log(
      `${scenario.padEnd(12)} ${String(minifiedBytes).padStart(7)} B minified  ${String(gzipBytes).padStart(6)} B gzip  (budget ${budget[scenario]} B gzip)`,
    );
  }
}
