// The release path, for real, against a local registry: `changeset version` on
// a throwaway copy, build, `changeset publish`. Only the registry given is
// reachable for publishing: the npm user config is replaced by a temp file that
// holds the local registry's throwaway token and nothing else.
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { copyWorkingTree } from "./throwaway-copy.mjs";
import { listPublicPackages, publicPackageNames } from "./workspace.mjs";

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
    return await execFileAsync(command, args, { ...options, maxBuffer: 64 * 1024 * 1024, timeout: 240_000, killSignal: "SIGKILL" });
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
 * @returns {Promise<{ copyDir: string, previousVersion: string, version: string, versions: Record<string, string>,
 *   internalVersions: Record<string, { before: string, after: string }>, log: string }>}
 *   `versions`: packages/ and apps/ after versioning; `internalVersions`: spec/ and tools/, which must not move
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
  const internalBefore = await readVersions(copyDir, ["spec", "tools"]);
  let log = (await run(changeset, ["version"], { cwd: copyDir })).stdout;
  const versions = await readVersions(copyDir, ["packages", "apps"]);
  /** @type {Record<string, { before: string, after: string }>} */
  const internalVersions = {};
  for (const [name, after] of Object.entries(await readVersions(copyDir, ["spec", "tools"]))) {
    internalVersions[name] = { before: String(internalBefore[name]), after };
  }
  const version = /** @type {string} */ (versions["@leadping/types"]);

  // @leadping/types first (the others' declarations import it), then the rest side by side.
  const build = async (/** @type {string} */ name) =>
    (await run("pnpm", ["run", "build"], { cwd: join(copyDir, "packages", name.replace("@leadping/", "")) })).stdout;
  const [first, ...rest] = names;
  if (first) log += await build(first);
  log += (await Promise.all(rest.map(build))).join("");

  if (new URL(registry.url).hostname !== "127.0.0.1") throw new Error(`refusing to rehearse against ${registry.url}: 127.0.0.1 only`);
  const env = await localRegistryEnv(registry, workDir);
  const published = await run(changeset, ["publish", "--no-git-tag"], { cwd: copyDir, env });
  log += published.stdout + published.stderr;
  return { copyDir, previousVersion, version, versions, internalVersions, log };
}

/**
 * name → version of the workspace packages in the given top-level dirs of `root`
 * ("spec" itself is a package; "tools", "packages", "apps" hold packages).
 * @param {string} root
 * @param {string[]} groups
 */
async function readVersions(root, groups) {
  /** @type {Record<string, string>} */
  const versions = {};
  for (const group of groups) {
    const dirs = (await readFile(join(root, group, "package.json")).catch(() => null))
      ? [join(root, group)]
      : (await readdir(join(root, group), { withFileTypes: true }).catch(() => []))
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(root, group, entry.name));
    for (const dir of dirs) {
      const manifest = await readFile(join(dir, "package.json"), "utf8").catch(() => null);
      if (!manifest) continue;
      const { name, version } = JSON.parse(manifest);
      versions[name] = version;
    }
  }
  return versions;
}
