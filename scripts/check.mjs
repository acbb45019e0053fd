#!/usr/bin/env node
// Runs every check of the workspace through turbo (build, lint, typecheck, test)
// and closes with one line that totals the vitest results of all packages:
//   tests: N passed, N failed
// The exit code is turbo's: any failing task fails the run.
import { spawn } from "node:child_process";

const args = ["run", "build", "lint", "typecheck", "test", "--output-logs=full", ...process.argv.slice(2)];
const turbo = spawn("turbo", args, { stdio: ["ignore", "pipe", "inherit"], shell: false });

const ansi = /\u001b\[[0-9;]*m/g;
// vitest's summary line, e.g. "Tests  1 failed | 47 passed | 2 skipped (50)"
const summary = /^\S+:\s*Tests\s+(.*)\(\d+\)\s*$/;
let passed = 0;
let failed = 0;
let pending = "";

function count(line) {
  const match = summary.exec(line.replace(ansi, ""));
  if (!match) return;
  for (const [, n, kind] of match[1].matchAll(/(\d+) (passed|failed)/g)) {
    if (kind === "passed") passed += Number(n);
    else failed += Number(n);
  }
}

turbo.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  const lines = (pending + chunk.toString("utf8")).split("\n");
  pending = lines.pop() ?? "";
  lines.forEach(count);
});

turbo.on("close", (code) => {
  count(pending);
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(code ?? 1);
});
