// The release path, for real, against a local registry: `changeset version` on
// a throwaway copy, build, `changeset publish`. Only the registry given is
// reachable for publishing: the npm user config is replaced by a temp file that
// holds the local registry's throwaway token and nothing else.
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { copyWorkingTree } from "./throwaway-copy.mjs";
import { listPublicPackages, publicPackageNames, readManifest } from "./workspace.mjs";

const execFileAsync = promisify(execFile);

/**
 * npm/pnpm environment that points every publish and lookup at `registry` only.
 * @param {{ url: string, token: string }} registry
 * @param {string} workDir where the temp user config and cache go
 */
export async function localRegistryEnv(registry, workDir) {
  await mkdir(workDir, { recursive: true });
  const userConfig = join(workDir, "npmrc");
  const host = new URL(registry.url).host;
  await writeFile(userConfig, `registry=${registry.url}\n//${host}/:_authToken=${registry.token}\n`, { mode: 0o600 });
  return {
    ...process.env,
    npm_config_userconfig: userConfig,
    npm_config_registry: registry.url,
    "npm_config_@leadping:registry": registry.url,
    npm_config_cache: join(workDir, "npm-cache"),
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
  };
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv }} options
 */
async function run(command, args, options) {
  try {
    return await execFileAsync(command, args, { ...options, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = "", stderr = "" } = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    throw new Error(`${command} ${args.join(" ")} failed in ${options.cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
}

/**
 * Versions, builds and publishes the public packages from a copy of the working tree.
 * @param {{ url: string, token: string }} registry
 * @param {string} workDir empty scratch dir
 * @param {readonly string[]} [names] packages to build, in dependency order
 * @returns {Promise<{ copyDir: string, previousVersion: string, version: string, versions: Record<string, string>, log: string }>}
 */
export async function rehearseRelease(registry, workDir, names = publicPackageNames) {
  const previousVersion = /** @type {import("./workspace.mjs").WorkspacePackage} */ (listPublicPackages()[0]).manifest.version;
  const copyDir = await copyWorkingTree(join(workDir, "repo"));
  const changeset = join(copyDir, "node_modules", ".bin", "changeset");

  // A release always starts from at least one changeset; add the rehearsal's own.
  await writeFile(
    join(copyDir, ".changeset", "release-rehearsal.md"),
    `---\n"@leadping/types": minor\n---\n\nRelease rehearsal (tools/release-check): never committed.\n`,
  );
  let log = (await run(changeset, ["version"], { cwd: copyDir })).stdout;

  /** @type {Record<string, string>} */
  const versions = {};
  for (const group of ["packages", "apps"]) {
    for (const name of await listDirs(join(copyDir, group))) {
      const manifest = readManifest(join(copyDir, group, name));
      versions[manifest.name] = manifest.version;
    }
  }
  const version = /** @type {string} */ (versions["@leadping/types"]);

  for (const name of names) {
    const dir = join(copyDir, "packages", name.replace("@leadping/", ""));
    log += (await run("pnpm", ["run", "build"], { cwd: dir })).stdout;
  }

  if (new URL(registry.url).hostname !== "127.0.0.1") throw new Error(`refusing to rehearse against ${registry.url}: 127.0.0.1 only`);
  const env = await localRegistryEnv(registry, workDir);
  const published = await run(changeset, ["publish", "--no-git-tag"], { cwd: copyDir, env });
  log += published.stdout + published.stderr;
  return { copyDir, previousVersion, version, versions, log };
}

/** @param {string} dir */
async function listDirs(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = [];
  for (const entry of entries) {
    if (entry.isDirectory() && (await readFile(join(dir, entry.name, "package.json")).catch(() => null))) names.push(entry.name);
  }
  return names;
}
