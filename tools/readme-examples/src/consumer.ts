// A fresh consumer project outside the workspace, with the packed tarballs of the published
// packages and the third-party packages the README examples import. Offline: everything is
// installed from a throwaway local registry (release-check's verdaccio, no uplinks) loaded with
// the workspace's own installed copies, so nothing is downloaded at run time.
import { execFile } from "node:child_process";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { packPackage } from "../../release-check/src/pack.mjs";
import { startLocalRegistry } from "../../release-check/src/registry.mjs";
import { localRegistryEnv } from "../../release-check/src/rehearse-release.mjs";
import { collectThirdPartyClosure, publishThirdParty } from "../../release-check/src/third-party.mjs";
import { listPublicPackages } from "../../release-check/src/workspace.mjs";

const execFileAsync = promisify(execFile);
export const packageDir = join(import.meta.dirname, "..");
/** tsc of the workspace (typescript 5.9.3), run on the consumer's own files and node_modules. */
export const tsc = join(packageDir, "node_modules", "typescript", "bin", "tsc");

/** What the README examples import besides `@leadping/*`: the versions this package pins, read from its manifest. */
export async function thirdPartyDependencies(): Promise<Record<string, string>> {
  const manifest = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
  const own = new Set(["typescript", "vitest", "esbuild", "playwright-core"]);
  return Object.fromEntries(
    Object.entries(manifest.devDependencies).filter(
      ([name, range]) => !name.startsWith("@leadping/") && !own.has(name) && !range.startsWith("workspace:"),
    ),
  );
}

export async function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }) {
  try {
    return await execFileAsync(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      maxBuffer: 64 * 1024 * 1024,
      timeout: options.timeoutMs ?? 240_000,
      killSignal: "SIGKILL",
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw Object.assign(new Error(`${command} ${args.join(" ")} failed in ${options.cwd}:\n${stdout}\n${stderr}`, { cause: error }), {
      stdout,
      stderr,
    });
  }
}

/**
 * Packs the published packages, loads the local registry and installs both into `dir`
 * (created from consumer/). Returns the consumer's directory and the registry's `stop`.
 */
export async function createReadmeConsumer(workDir: string): Promise<{ dir: string; stop: () => Promise<void> }> {
  const registry = await startLocalRegistry(join(workDir, "registry"));
  try {
    const dependencies = await thirdPartyDependencies();
    // Aliases (`undici-6`: `npm:undici@6…`) resolve to the installed copy's real name and version.
    const consumerRoot = { dir: packageDir, manifest: { name: "readme-consumer", version: "0.0.0", dependencies } };
    const own = (name: string) => name.startsWith("@leadping/");
    await publishThirdParty(collectThirdPartyClosure([...listPublicPackages(), consumerRoot], own), registry, join(workDir, "third-party"));

    const tarballs = join(workDir, "tarballs");
    await mkdir(tarballs, { recursive: true });
    const packed: Record<string, string> = {};
    for (const pkg of listPublicPackages()) packed[pkg.name] = `file:${packPackage(pkg, tarballs)}`;

    const dir = join(workDir, "consumer");
    await cp(join(packageDir, "consumer"), dir, { recursive: true });
    const manifest = {
      name: "readme-consumer",
      version: "1.0.0",
      private: true,
      type: "module",
      dependencies: { ...packed, ...dependencies },
    };
    await writeFile(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
    const env = await localRegistryEnv(registry, join(workDir, "npm"));
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-online"], { cwd: dir, env });
    return { dir, stop: registry.stop };
  } catch (error) {
    await registry.stop();
    throw error;
  }
}
