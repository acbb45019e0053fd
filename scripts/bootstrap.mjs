#!/usr/bin/env node
// Brings a fresh machine (Node 20 + npm only) to a working checkout:
// pnpm at the pinned version, the locked dependencies, and, for the test
// command, Debian's Chromium for the browser tests and Debian's redis-server
// for the shared rate budget's tests (started by the tests themselves). Idempotent and quiet when
// everything is already in place. Only the npm registry and apt are contacted.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const wanted = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager.split("@")[1];
const needBrowser = process.argv.includes("--browser");

function run(cmd) {
  console.log(`[bootstrap] ${cmd}`);
  execSync(cmd, { stdio: "inherit", cwd: root });
}

function pnpmVersion() {
  const r = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

const [major] = process.versions.node.split(".").map(Number);
if (major < 20) {
  console.error(`[bootstrap] Node ${process.versions.node} is too old: this repo needs Node 20.19+ (see .nvmrc).`);
  process.exit(1);
}

if (pnpmVersion() !== wanted) run(`npm install --global pnpm@${wanted}`);

run(process.env.CI ? "pnpm install --frozen-lockfile" : "pnpm install --prefer-offline");

if (needBrowser && !existsSync("/usr/bin/chromium")) {
  if (process.getuid?.() === 0) {
    run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null");
  } else {
    console.warn("[bootstrap] /usr/bin/chromium is missing and this is not root: install Debian's chromium package for the browser tests.");
  }
}

if (needBrowser && !existsSync("/usr/bin/redis-server")) {
  if (process.getuid?.() === 0) {
    run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null");
  } else {
    console.warn(
      "[bootstrap] /usr/bin/redis-server is missing and this is not root: install Debian's redis-server package for the rate budget tests.",
    );
  }
}
