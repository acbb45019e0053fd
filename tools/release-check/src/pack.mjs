// Packs workspace packages exactly as `pnpm publish` would (workspace:* ranges
// replaced by real versions), so every check looks at what npm would receive.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The file name pnpm gives a package's tarball, e.g. leadping-types-1.2.3.tgz. */
export function tarballName(/** @type {string} */ name, /** @type {string} */ version) {
  return `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`;
}

/**
 * Packs one package into `destination` and returns the tarball's path.
 * @param {{ name: string, dir: string, manifest: { version: string } }} pkg
 * @param {string} destination
 */
export function packPackage(pkg, destination) {
  execFileSync("pnpm", ["pack", "--pack-destination", destination], {
    cwd: pkg.dir,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_ignore_scripts: "true" },
  });
  const expected = tarballName(pkg.name, pkg.manifest.version);
  if (!readdirSync(destination).includes(expected)) {
    throw new Error(`pnpm pack of ${pkg.name} did not produce ${expected} in ${destination}`);
  }
  return join(destination, expected);
}
