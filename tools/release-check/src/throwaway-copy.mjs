// A disposable copy of the working tree for rehearsing `changeset version`:
// the real checkout is never touched. Installed dependencies are symlinked, not
// copied, so the copy can build without reaching a registry.
import { execFileSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { cp, mkdir, readdir, symlink } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { repoRoot } from "./workspace.mjs";

/**
 * Copies every tracked and untracked-but-not-ignored file of the checkout to `dest`.
 * @param {string} dest empty directory
 * @returns {Promise<string>} `dest`
 */
export async function copyWorkingTree(dest) {
  const listing = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const files = [...new Set(listing.split("\0").filter(Boolean))];
  for (const file of files) {
    const from = join(repoRoot, file);
    // ls-files still lists files deleted from the working tree but not yet from the index.
    if (!existsSync(from)) continue;
    await mkdir(dirname(join(dest, file)), { recursive: true });
    await cp(from, join(dest, file), { preserveTimestamps: true });
  }
  for (const dir of workspaceDirsWithDependencies(files)) {
    await linkDependencies(join(repoRoot, dir, "node_modules"), join(dest, dir, "node_modules"), dest);
  }
  return dest;
}

/**
 * Mirrors one node_modules dir with symlinks: third-party entries point at the
 * checkout's installed copies, workspace packages at their twin in the copy —
 * so `pnpm publish` there resolves `workspace:*` to the copy's new versions.
 * @param {string} from a node_modules dir of the checkout
 * @param {string} to the same dir in the copy
 * @param {string} copyRoot
 */
async function linkDependencies(from, to, copyRoot) {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.name.startsWith("@") && entry.isDirectory()) {
      await linkDependencies(source, join(to, entry.name), copyRoot);
      continue;
    }
    const real = realpathSync(source);
    const inWorkspace = real.startsWith(repoRoot + sep) && !real.includes(`${sep}node_modules${sep}`);
    await symlink(inWorkspace ? join(copyRoot, relative(repoRoot, real)) : source, join(to, entry.name));
  }
}

/**
 * The root and each package dir that has installed dependencies.
 * @param {string[]} files repo-relative paths
 */
function workspaceDirsWithDependencies(files) {
  const dirs = files
    .filter((file) => file === "package.json" || file.endsWith("/package.json"))
    .map((file) => (file === "package.json" ? "." : dirname(file)))
    .filter((dir) => !dir.includes("node_modules") && existsSync(join(repoRoot, dir, "node_modules")));
  return [...new Set(dirs)];
}
