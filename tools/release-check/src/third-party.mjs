// The registry has no uplink, so the third-party packages the published
// packages depend on are loaded into it first — from the workspace's own
// installed copies, never from the network.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * @typedef {import("./workspace.mjs").Manifest} Manifest
 * @typedef {{ name: string, version: string, dir: string }} InstalledPackage
 */

/**
 * Where Node would find `name` when required from `fromDir` (walks up node_modules).
 * @param {string} name
 * @param {string} fromDir
 */
function findInstalled(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    if (basename(dir) !== "node_modules") {
      const candidate = join(dir, "node_modules", name, "package.json");
      if (existsSync(candidate)) return realpathSync(dirname(candidate));
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Every non-workspace package the given packages need at install time:
 * dependencies, installed optional dependencies and peers, transitively.
 * @param {{ dir: string, manifest: Manifest }[]} roots
 * @param {(name: string) => boolean} isOwn names published by the rehearsal itself
 * @returns {InstalledPackage[]}
 */
export function collectThirdPartyClosure(roots, isOwn) {
  /** @type {Map<string, InstalledPackage>} */
  const found = new Map();
  /** @type {{ dir: string, manifest: Manifest }[]} */
  const queue = [...roots];
  while (queue.length > 0) {
    const { dir, manifest } = /** @type {{ dir: string, manifest: Manifest }} */ (queue.shift());
    const wanted = { ...manifest.peerDependencies, ...manifest.optionalDependencies, ...manifest.dependencies };
    for (const name of Object.keys(wanted)) {
      if (isOwn(name)) continue;
      const installedDir = findInstalled(name, dir);
      if (!installedDir) {
        const optional = name in (manifest.optionalDependencies ?? {}) || !(name in (manifest.dependencies ?? {}));
        if (optional) continue;
        throw new Error(`${manifest.name} depends on ${name}, which is not installed in the workspace`);
      }
      const installed = /** @type {Manifest} */ (JSON.parse(readFileSync(join(installedDir, "package.json"), "utf8")));
      const key = `${installed.name}@${installed.version}`;
      if (found.has(key)) continue;
      found.set(key, { name: installed.name, version: installed.version, dir: installedDir });
      queue.push({ dir: installedDir, manifest: installed });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Packs the installed copies and publishes them to the registry with its HTTP
 * API (what `npm publish` sends), several at a time.
 * @param {InstalledPackage[]} packages
 * @param {{ url: string, token: string }} registry
 * @param {string} workDir scratch dir
 */
export async function publishThirdParty(packages, registry, workDir) {
  /** @type {string[]} */
  const sources = [];
  for (const pkg of packages) {
    const source = join(workDir, "src", `${pkg.name.replace("/", "+")}@${pkg.version}`);
    await cp(pkg.dir, source, { recursive: true, dereference: true });
    // A package's own publishConfig (e.g. a registry) must not steer this local upload.
    const manifestPath = join(source, "package.json");
    const manifest = JSON.parse(await readFile(manifestPath, "utf8"));
    delete manifest.publishConfig;
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    sources.push(source);
  }
  const tarballs = join(workDir, "tarballs");
  await mkdir(tarballs, { recursive: true });
  /** @type {{ name: string, version: string, filename: string, shasum: string, integrity: string }[]} */
  const packed = JSON.parse(
    execFileSync("npm", ["pack", ...sources, "--json", "--ignore-scripts", "--pack-destination", tarballs], {
      cwd: workDir,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_offline: "true", npm_config_update_notifier: "false" },
    }),
  );
  // Versions of one name go up one after another (each PUT amends the same document).
  /** @type {Map<string, (() => Promise<void>)[]>} */
  const uploadsByName = new Map();
  packed.forEach((entry, index) => {
    const source = /** @type {string} */ (sources[index]);
    const upload = async () => {
      const manifest = JSON.parse(await readFile(join(source, "package.json"), "utf8"));
      const data = await readFile(join(tarballs, entry.filename));
      await putPackage(registry, manifest, data, entry);
    };
    uploadsByName.set(entry.name, [...(uploadsByName.get(entry.name) ?? []), upload]);
  });
  await Promise.all(
    [...uploadsByName.values()].map(async (uploads) => {
      for (const upload of uploads) await upload();
    }),
  );
}

/**
 * @param {{ url: string, token: string }} registry
 * @param {Manifest} manifest
 * @param {Buffer} data
 * @param {{ shasum: string, integrity: string }} digest
 */
async function putPackage(registry, manifest, data, digest) {
  const { name, version } = manifest;
  const file = `${name.split("/").pop()}-${version}.tgz`;
  const body = {
    _id: name,
    name,
    "dist-tags": { latest: version },
    versions: {
      [version]: {
        ...manifest,
        _id: `${name}@${version}`,
        dist: { shasum: digest.shasum, integrity: digest.integrity, tarball: new URL(`${name}/-/${file}`, registry.url).href },
      },
    },
    _attachments: { [file]: { content_type: "application/octet-stream", data: data.toString("base64"), length: data.length } },
  };
  const response = await fetch(new URL(name.replace("/", "%2f"), registry.url), {
    method: "PUT",
    headers: { "content-type": "application/json", authorization: `Bearer ${registry.token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`local registry refused ${name}@${version}: HTTP ${response.status} ${await response.text()}`);
  }
}
