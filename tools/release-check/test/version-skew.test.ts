// A patch of @leadping/client installed beside the other packages of the
// previous patch (issue 21): @leadping/redis names its client peer as a range
// (`workspace:^` packs as `^0.1.0`), so npm resolves it instead of failing
// with ERESOLVE as it did with the exact `workspace:*` pin. Tarballs are packed
// from the workspace, the client's repacked one patch ahead; a fresh consumer
// outside the workspace installs them from a local registry that holds only
// the third-party packages they need.
import { execFile, execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { packPackage } from "../src/pack.mjs";
import { startLocalRegistry } from "../src/registry.mjs";
import { localRegistryEnv } from "../src/rehearse-release.mjs";
import { collectThirdPartyClosure, publishThirdParty } from "../src/third-party.mjs";
import { listPublicPackages } from "../src/workspace.mjs";

const execFileAsync = promisify(execFile);
const skewed = ["@leadping/types", "@leadping/client", "@leadping/redis"];

let workDir: string;
let registry: Awaited<ReturnType<typeof startLocalRegistry>>;
let consumer: string;
let installLog: string;
let versions: Record<string, string>;

/** One patch ahead: 0.1.0 → 0.1.1. */
const nextPatch = (version: string) => version.replace(/(\d+)$/, (patch) => String(Number(patch) + 1));

/** Repacks `tarball` with another version in its package.json, as a later patch release would ship. */
async function repackAs(tarball: string, version: string, dir: string): Promise<string> {
  const unpacked = join(dir, "unpacked");
  await mkdir(unpacked, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", unpacked]);
  const manifestPath = join(unpacked, "package", "package.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8"));
  manifest.version = version;
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  const repacked = join(dir, `leadping-client-${version}.tgz`);
  execFileSync("tar", ["-czf", repacked, "-C", unpacked, "package"]);
  return repacked;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "leadping-version-skew-"));
  const packages = listPublicPackages().filter((pkg) => skewed.includes(pkg.name));
  registry = await startLocalRegistry(join(workDir, "registry"));
  await publishThirdParty(
    collectThirdPartyClosure(packages, (name) => name.startsWith("@leadping/")),
    registry,
    join(workDir, "third-party"),
  );
  const packDir = join(workDir, "packed");
  await mkdir(packDir, { recursive: true });
  const tarballs: Record<string, string> = {};
  versions = {};
  for (const pkg of packages) {
    tarballs[pkg.name] = packPackage(pkg, packDir);
    versions[pkg.name] = pkg.manifest.version;
  }
  versions["@leadping/client"] = nextPatch(versions["@leadping/client"]!);
  tarballs["@leadping/client"] = await repackAs(tarballs["@leadping/client"]!, versions["@leadping/client"], join(workDir, "client"));

  consumer = join(workDir, "consumer");
  await mkdir(consumer);
  const ioredis = packages.find((pkg) => pkg.name === "@leadping/redis")!.manifest.devDependencies as Record<string, string>;
  const manifest = {
    name: "leadping-version-skew-consumer",
    version: "1.0.0",
    private: true,
    type: "module",
    dependencies: { ...Object.fromEntries(skewed.map((name) => [name, `file:${tarballs[name]}`])), ioredis: ioredis["ioredis"] },
  };
  await writeFile(join(consumer, "package.json"), JSON.stringify(manifest, null, 2));
  const env = await localRegistryEnv(registry, join(workDir, "npm"));
  try {
    const { stdout, stderr } = await execFileAsync("npm", ["install", "--no-audit", "--no-fund"], { cwd: consumer, env, timeout: 240_000 });
    installLog = stdout + stderr;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    installLog = `npm install failed:\n${stdout}\n${stderr}`;
  }
});

afterAll(async () => {
  await registry?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

it("packs @leadping/redis with a range on its client peer, not an exact version", async () => {
  const redis = listPublicPackages().find((pkg) => pkg.name === "@leadping/redis")!;
  const manifest = JSON.parse(
    execFileSync("tar", ["-xzOf", packPackage(redis, await mkdtemp(join(workDir, "p-"))), "package/package.json"], { encoding: "utf8" }),
  );
  expect(manifest.peerDependencies["@leadping/client"]).toBe(`^${redis.manifest.version}`);
});

it("installs the client one patch ahead of the other packages, and they work together", async () => {
  expect(installLog).not.toMatch(/ERESOLVE|npm install failed/);
  const script = `
    import { createLeadpingClient } from "@leadping/client";
    import { createNodeWebhookHandler } from "@leadping/client/webhooks";
    import { redisRateBudget, redisSeenWebhookStore } from "@leadping/redis";
    import { Redis } from "ioredis";
    const redis = new Redis({ lazyConnect: true });
    const budget = redisRateBudget({ redis, onFallback: () => {} });
    createLeadpingClient({ baseUrl: "http://127.0.0.1:1", apiKey: "sk_skew", rateBudget: budget });
    createNodeWebhookHandler({ secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", store: redisSeenWebhookStore({ redis }), onDelivery() {} });
    const installed = (name) => import(name + "/package.json", { with: { type: "json" } }).then((m) => m.default.version);
    console.log(JSON.stringify({ client: await installed("@leadping/client"), redis: await installed("@leadping/redis"), types: await installed("@leadping/types") }));
  `;
  const { stdout } = await execFileAsync(process.execPath, ["--input-type=module", "-e", script], { cwd: consumer });
  expect(JSON.parse(stdout.trim())).toEqual({
    client: versions["@leadping/client"],
    redis: versions["@leadping/redis"],
    types: versions["@leadping/types"],
  });
  expect(versions["@leadping/client"]).not.toBe(versions["@leadping/redis"]);
});
