#!/usr/bin/env node
// One file-naming convention across the repo: source, test and bench files are
// kebab-case (`lead-editor.ts`, `api-gateway.test.ts`). Runs in `lint:repo`.
import { execFileSync } from "node:child_process";

const tracked = execFileSync("git", ["ls-files", "*.ts", "*.mts", "*.cts", "*.mjs", "*.js"], { encoding: "utf8" })
  .split("\n")
  .filter(Boolean);
// Generated and vendored files keep the names their tools give them.
const exempt = [/^tools\/spec-diff\/corpus\//, /\/generated\//, /(^|\/)\.changeset\//];
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;

const offenders = tracked.filter((path) => !exempt.some((re) => re.test(path)) && !kebab.test(path.split("/").pop()));
if (offenders.length > 0) {
  console.error(`File names must be kebab-case (rename them, and their imports):\n  ${offenders.join("\n  ")}`);
  process.exit(1);
}
console.log(`file names: ${tracked.length} files, all kebab-case ✓`);
