import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { repoRoot } from "../src/paths.mjs";

/** The files the checks read; a copy of them is a repository as far as the checks are concerned. */
const inputs = ["README.md", ".github", ".nvmrc", "package.json", ".changeset/config.json", "tools/node24/package.json"];
const copies: string[] = [];

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp copy of the repo's checked files, removed after the test. */
export function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), "workflow-check-"));
  copies.push(dir);
  for (const path of inputs) cpSync(join(repoRoot, path), join(dir, path), { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in `file` of the copy; fails when `from` is not there, so a stale mutation cannot pass vacuously. */
export function mutate(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`mutation did not apply: ${String(from)} not found in ${file}`);
  writeFileSync(path, after);
}
