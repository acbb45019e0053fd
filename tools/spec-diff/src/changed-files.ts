// Files that ship (spec/ and packages/*/src) changed since the last release, committed or not.
import { git } from "./git.js";

const shipping = (path: string): boolean => path.startsWith("spec/") || /^packages\/[^/]+\/src\//.test(path);

/** Changes since `ref` (working tree included); every tracked shipping file when nothing was released. */
export function changedSinceRelease(repoDir: string, ref: string | null): string[] {
  const list = (args: string[]): string[] =>
    git(repoDir, args)
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
  const changed =
    ref === null ? list(["ls-files", "--", "spec", "packages"]) : list(["diff", "--name-only", ref, "--", "spec", "packages"]);
  const untracked = list(["ls-files", "--others", "--exclude-standard", "--", "spec", "packages"]);
  return [...new Set([...changed, ...untracked])].filter(shipping).sort();
}
