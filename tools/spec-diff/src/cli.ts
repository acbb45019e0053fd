#!/usr/bin/env node
// leadping-spec-diff: `diff [base]`, `gate` and `changeset [base]` for the repository around the cwd.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runChangeset, runDiff, runGate } from "./commands.js";
import type { ContractDiffOptions } from "./contract-diff.js";
import { formatJson, formatText } from "./report.js";

const usage = `Usage:
  leadping-spec-diff diff [base] [--json] [--out-dir DIR] [--base-file FILE] [--head FILE] [--no-type-tests]
  leadping-spec-diff gate [--base REF]
  leadping-spec-diff changeset [base]
base: a git ref (default: the last release, the tag @leadping/types@X of packages/types/CHANGELOG.md's newest version).`;

/** The workspace root: the nearest directory above the cwd with pnpm-workspace.yaml. */
function findRepo(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${start}`);
  }
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      "out-dir": { type: "string" },
      "base-file": { type: "string" },
      head: { type: "string" },
      base: { type: "string" },
      repo: { type: "string" },
      "no-type-tests": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const [command, baseArg] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return command ? 0 : 2;
  }
  const repoDir = values.repo ? resolve(values.repo) : findRepo(process.env.INIT_CWD ?? process.cwd());
  const ref = baseArg ?? values.base;
  const options: ContractDiffOptions = { typeTests: !values["no-type-tests"] };
  if (values["base-file"]) options.baseFile = resolve(values["base-file"]);
  if (values.head) options.headFile = resolve(values.head);

  if (command === "diff") {
    const report = runDiff(repoDir, ref, options);
    if (values["out-dir"]) {
      const out = resolve(values["out-dir"]);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, "spec-diff.txt"), formatText(report));
      writeFileSync(join(out, "spec-diff.json"), formatJson(report));
    }
    process.stdout.write(values.json ? formatJson(report) : formatText(report));
    return 0;
  }
  if (command === "gate") {
    const result = runGate(repoDir, ref, options);
    (result.ok ? process.stdout : process.stderr).write(result.text);
    return result.ok ? 0 : 1;
  }
  if (command === "changeset") {
    const written = runChangeset(repoDir, ref, options);
    if (written.file === null) console.log(`No contract changes since ${written.report.base}: no changeset written.`);
    else
      console.log(
        `wrote ${written.file} (${written.report.summary.requiredBump} for ${written.packages.join(", ")}): edit its text freely; \`pnpm spec:changeset\` rewrites it.`,
      );
    return 0;
  }
  console.error(usage);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`spec-diff: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
