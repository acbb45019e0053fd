// `pnpm release` refuses to publish from a dirty tree, with pending changesets
// or with failing checks — against a real temporary git repository.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { release, releaseBlockers } from "../src/release.mjs";

let repo: string;

function git(...args: string[]) {
  return execFileSync("git", args, { cwd: repo, encoding: "utf8" });
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "leadping-release-guard-"));
  mkdirSync(join(repo, ".changeset"));
  writeFileSync(join(repo, ".changeset", "README.md"), "changesets\n");
  writeFileSync(join(repo, "package.json"), "{}\n");
  git("init", "-q", "-b", "main");
  git("-c", "user.name=t", "-c", "user.email=t@example.test", "add", ".");
  git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "init");
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

/** A runner that uses real git but records, and fakes, every pnpm call. */
function recordingRunner(checkStatus: number) {
  const calls: string[] = [];
  const run = (command: string, args: string[], cwd: string) => {
    if (command === "git") return { status: 0, stdout: execFileSync("git", args, { cwd, encoding: "utf8" }) };
    calls.push(`${command} ${args.join(" ")}`);
    return { status: args.includes("check") ? checkStatus : 0 };
  };
  return { run, calls };
}

describe("pnpm release", () => {
  it("publishes after the checks pass on a clean tree", () => {
    const { run, calls } = recordingRunner(0);
    expect(release({ cwd: repo, run, log: () => {} })).toBe(0);
    expect(calls).toEqual(["pnpm run check", "pnpm exec changeset publish"]);
  });

  it("refuses with uncommitted changes, before running anything", () => {
    writeFileSync(join(repo, "package.json"), '{ "version": "9.9.9" }\n');
    writeFileSync(join(repo, "new-file.txt"), "untracked\n");
    const { run, calls } = recordingRunner(0);
    const lines: string[] = [];
    expect(release({ cwd: repo, run, log: (line) => lines.push(line) })).toBe(1);
    expect(calls).toEqual([]);
    expect(lines.join("\n")).toMatch(/uncommitted changes[\s\S]*package\.json[\s\S]*new-file\.txt/);
  });

  it("refuses when checks fail, and never publishes", () => {
    const { run, calls } = recordingRunner(1);
    expect(release({ cwd: repo, run, log: () => {} })).toBe(1);
    expect(calls).toEqual(["pnpm run check"]);
  });

  it("refuses while changesets are waiting for `pnpm version-packages`", () => {
    writeFileSync(join(repo, ".changeset", "brave-lions.md"), '---\n"@leadping/types": patch\n---\n\nFix.\n');
    git("-c", "user.name=t", "-c", "user.email=t@example.test", "add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "changeset");
    expect(releaseBlockers(repo)).toEqual([expect.stringContaining("unreleased changesets (brave-lions.md)")]);
  });
});
