// `pnpm release`: publish the versions `pnpm version-packages` wrote, but only
// from a clean, committed tree whose every check passes.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./workspace.mjs";

/**
 * @typedef {(command: string, args: string[], cwd: string) => { status: number | null, stdout?: string }} Runner
 */

/** @type {Runner} */
const runForReal = (command, args, cwd) => {
  const capture = command === "git";
  const result = spawnSync(command, args, { cwd, stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit", encoding: "utf8" });
  return { status: result.status, stdout: result.stdout ?? "" };
};

/**
 * Why the tree at `cwd` must not be released right now; empty when it may.
 * @param {string} cwd
 * @param {Runner} [run]
 */
export function releaseBlockers(cwd, run = runForReal) {
  /** @type {string[]} */
  const blockers = [];
  const status = run("git", ["status", "--porcelain", "--untracked-files=all"], cwd);
  if (status.status !== 0) blockers.push("not a git checkout (git status failed)");
  else if ((status.stdout ?? "").trim() !== "") {
    blockers.push(`uncommitted changes — commit or remove them first:\n${status.stdout?.trimEnd()}`);
  }
  const pending = readdirSync(join(cwd, ".changeset")).filter((file) => file.endsWith(".md") && file !== "README.md");
  if (pending.length > 0) {
    blockers.push(`unreleased changesets (${pending.join(", ")}) — run \`pnpm version-packages\`, review and commit first`);
  }
  return blockers;
}

/**
 * Refuses on blockers, then runs every check, then `changeset publish` (which
 * also creates the git tags). Returns the process exit code.
 * @param {{ cwd?: string, run?: Runner, log?: (line: string) => void }} [options]
 *   `cwd` @default the repository root; `run` @default spawnSync; `log` @default console.error
 */
export function release({ cwd = repoRoot, run = runForReal, log = console.error } = {}) {
  const blockers = releaseBlockers(cwd, run);
  if (blockers.length > 0) {
    for (const blocker of blockers) log(`release refused: ${blocker}`);
    return 1;
  }
  if (run("pnpm", ["run", "check"], cwd).status !== 0) {
    log("release refused: `pnpm check` failed (build, lint, typecheck, test)");
    return 1;
  }
  // The checks must not have left anything behind that would not be in the release commit.
  const after = releaseBlockers(cwd, run);
  if (after.length > 0) {
    for (const blocker of after) log(`release refused after the checks: ${blocker}`);
    return 1;
  }
  if (run("pnpm", ["exec", "changeset", "publish"], cwd).status !== 0) {
    log("release failed: `changeset publish` exited non-zero; packages already published stay published, rerun to publish the rest");
    return 1;
  }
  log("released: now push the commit and its tags with `git push --follow-tags`");
  return 0;
}

if (process.argv[1] === new URL(import.meta.url).pathname) process.exitCode = release();
