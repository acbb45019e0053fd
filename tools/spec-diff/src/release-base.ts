// Finds "the last release": the git tag changesets creates for @leadping/types (`@leadping/types@X.Y.Z`).
// packages/types/CHANGELOG.md (written by `changeset version`) says which versions were released, so a clone
// without tags fails with a clear message instead of silently diffing against nothing.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { git, isShallow, refExists, showFile } from "./git.js";
import type { Json } from "./types.js";

export const releasedPackage = "@leadping/types";
/** Where the shipped contract lives in the repository (and in the published package). */
export const contractPath = "packages/types/openapi.json";

export interface ReleaseBase {
  /** Git ref of the last release; null when nothing has been released yet. */
  ref: string | null;
  /** Version of the last release, when known. */
  version: string | null;
  /** For reports, e.g. `@leadping/types@0.2.0` or `no release yet`. */
  label: string;
  /** A version `changeset version` applied that has no tag yet: a release in progress. */
  pendingVersion: string | null;
}

const semverParts = (v: string): number[] =>
  v
    .split(/[.+-]/)
    .slice(0, 3)
    .map((n) => Number.parseInt(n, 10) || 0);

/** Compares two versions by major.minor.patch (prereleases sort with their release). */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [semverParts(a), semverParts(b)];
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Versions listed as `## X.Y.Z` headings, newest first (the order changesets writes them). */
export function changelogVersions(text: string): string[] {
  return [...text.matchAll(/^## (\d+\.\d+\.\d+[^\s]*)\s*$/gm)].map((m) => m[1]!);
}

export function releaseTags(repoDir: string): string[] {
  return git(repoDir, ["tag", "--list", `${releasedPackage}@*`])
    .split("\n")
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => t.slice(releasedPackage.length + 1))
    .sort((a, b) => compareVersions(b, a));
}

export function findLastRelease(repoDir: string): ReleaseBase {
  const pkgDir = join(repoDir, "packages", "types");
  const current = (JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string }).version;
  const changelog = join(pkgDir, "CHANGELOG.md");
  const listed = existsSync(changelog) ? changelogVersions(readFileSync(changelog, "utf8")) : [];
  const tags = new Set(releaseTags(repoDir));
  const pendingVersion = listed[0] === current && !tags.has(current) ? current : null;
  const released = pendingVersion ? listed.slice(1) : listed;
  const last = released[0] ?? (listed.length === 0 ? [...tags][0] : undefined);
  if (last === undefined) return { ref: null, version: null, label: "no release yet (empty contract)", pendingVersion };
  const tag = `${releasedPackage}@${last}`;
  if (!tags.has(last) || !refExists(repoDir, tag)) {
    throw new Error(
      `The last release ${tag} (per packages/types/CHANGELOG.md) has no git tag in this clone${isShallow(repoDir) ? " (it is a shallow clone)" : ""}.\n` +
        "Fetch the release tags (`git fetch --tags`; in CI clone with full history, e.g. actions/checkout `fetch-depth: 0`), " +
        "or name the base explicitly: `pnpm spec:diff <ref>`.",
    );
  }
  return { ref: tag, version: last, label: tag, pendingVersion };
}

/** An explicitly named base (tag, branch or commit). */
export function explicitBase(repoDir: string, ref: string): ReleaseBase {
  if (!refExists(repoDir, ref)) {
    throw new Error(
      `Base ref "${ref}" does not exist in this clone${isShallow(repoDir) ? " (it is a shallow clone: fetch more history or tags)" : ""}. Try \`git fetch --tags\` or another ref.`,
    );
  }
  return { ref, version: null, label: ref, pendingVersion: null };
}

/** The contract nothing has been released against: every operation and schema counts as new. */
export const emptyContract: Json = { openapi: "3.1.0", info: { title: "(no release yet)", version: "0.0.0" }, paths: {}, components: {} };

/** The bundled contract shipped at `base`, read from git. */
export function baseContract(repoDir: string, base: ReleaseBase): Json {
  if (base.ref === null) return emptyContract;
  const text = showFile(repoDir, base.ref, contractPath);
  if (text === null) throw new Error(`${contractPath} does not exist at ${base.label}: it cannot be the base of a contract diff.`);
  return JSON.parse(text) as Json;
}
