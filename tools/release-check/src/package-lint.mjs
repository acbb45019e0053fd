// publint and "are the types wrong?" over packed tarballs: every message is a failure.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { toolsDir } from "./workspace.mjs";

const execFileAsync = promisify(execFile);
const attwBin = join(toolsDir, "node_modules", ".bin", "attw");

/**
 * publint in strict mode (warnings count as errors) at the "suggestion" level.
 * @param {string} tarball path of a packed .tgz
 * @returns {Promise<string[]>} one readable line per message; empty when clean
 */
export async function publintProblems(tarball) {
  const data = await readFile(tarball);
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: buffer }, level: "suggestion", strict: true });
  return messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
}

/**
 * attw with its "strict" profile: node10, node16 (CJS and ESM) and bundler
 * resolution. `--no-definitely-typed` keeps it off the network.
 * @param {string} tarball
 * @returns {Promise<{ problems: string[], resolutionKinds: string[] }>}
 */
export async function attwProblems(tarball) {
  const { stdout } = await execFileAsync(attwBin, [tarball, "--format", "json", "--profile", "strict", "--no-definitely-typed"], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((/** @type {{ stdout?: string }} */ error) => ({ stdout: error.stdout ?? "" }));
  const report = JSON.parse(stdout);
  /** @type {{ kind: string, entrypoint?: string, resolutionKind?: string }[]} */
  const problems = report.analysis?.problems ?? [];
  const resolutionKinds = Object.keys(Object.values(report.analysis?.entrypoints ?? {})[0]?.resolutions ?? {});
  return {
    problems: problems.map((p) => `${p.kind} at ${p.entrypoint ?? "?"} (${p.resolutionKind ?? "all"})`),
    resolutionKinds,
  };
}
