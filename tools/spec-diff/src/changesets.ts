// Reads pending changesets (.changeset/*.md) and writes the contract-change changeset.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bumpRank } from "./rules.js";
import type { Bump } from "./types.js";

export type ReleaseType = Bump | "none";

export interface PendingChangeset {
  /** Path relative to the repository, e.g. `.changeset/brave-owls-sing.md`. */
  file: string;
  releases: { name: string; type: ReleaseType }[];
  summary: string;
}

/** Parses a changeset's front matter (`"pkg": minor` lines) and body. */
export function parseChangeset(text: string, file = "changeset"): Omit<PendingChangeset, "file"> {
  const match = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)([\s\S]*)$/m.exec(text.trimStart());
  if (!match) throw new Error(`${file}: no front matter (a changeset starts with ---, lists "package": bump lines, then ---)`);
  const releases = match[1]!
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("#"))
    .map((line) => {
      const entry = /^\s*(["']?)([^"':]+)\1\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
      if (!entry) throw new Error(`${file}: cannot read front matter line ${JSON.stringify(line)}`);
      return { name: entry[2]!.trim(), type: entry[3] as ReleaseType };
    });
  return { releases, summary: match[2]!.trim() };
}

export function readPendingChangesets(repoDir: string): PendingChangeset[] {
  const dir = join(repoDir, ".changeset");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f.toLowerCase() !== "readme.md")
    .sort()
    .map((f) => ({ file: `.changeset/${f}`, ...parseChangeset(readFileSync(join(dir, f), "utf8"), `.changeset/${f}`) }));
}

/** The `fixed` group of .changeset/config.json that contains `member` (patterns such as `@leadping/*`). */
export function fixedGroup(repoDir: string, member = "@leadping/types"): string[] {
  const config = JSON.parse(readFileSync(join(repoDir, ".changeset", "config.json"), "utf8")) as { fixed?: string[][] };
  return config.fixed?.find((group) => group.some((pattern) => matchesPattern(member, pattern))) ?? [member];
}

export function matchesPattern(name: string, pattern: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return regex.test(name);
}

/** The bump the pending changesets give the group: a fixed group moves together, so the largest entry wins. */
export function groupBump(changesets: PendingChangeset[], group: string[]): ReleaseType {
  let bump: ReleaseType = "none";
  for (const changeset of changesets) {
    for (const release of changeset.releases) {
      if (group.some((p) => matchesPattern(release.name, p)) && bumpRank[release.type] > bumpRank[bump]) bump = release.type;
    }
  }
  return bump;
}

/** Publishable workspace packages in the group (those whose CHANGELOG should carry the contract summary). */
export function publicGroupPackages(repoDir: string, group: string[]): string[] {
  const names: string[] = [];
  for (const parent of ["packages", "apps"]) {
    const dir = join(repoDir, parent);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir).sort()) {
      const manifest = join(dir, entry, "package.json");
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; private?: boolean };
      if (pkg.name && pkg.private !== true && group.some((p) => matchesPattern(pkg.name!, p))) names.push(pkg.name);
    }
  }
  return names;
}

/** The changeset `pnpm spec:changeset` owns; rewritten on every run. */
export const contractChangesetFile = ".changeset/contract-changes.md";

export function writeContractChangeset(repoDir: string, packages: string[], bump: Bump, body: string): string {
  const front = packages.map((name) => `"${name}": ${bump}`).join("\n");
  const path = join(repoDir, contractChangesetFile);
  writeFileSync(path, `---\n${front}\n---\n\n${body.trim()}\n`);
  return contractChangesetFile;
}
