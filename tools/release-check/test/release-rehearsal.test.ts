// The release rehearsal: a real registry on 127.0.0.1, the real release path
// (changeset version on a throwaway copy, build, changeset publish) and fresh
// consumers outside the workspace that install the release and call PUT /leads/{id}.
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleBrowserConsumer, runBrowserConsumer } from "../src/browser-consumer.mjs";
import { createConsumer, runNodeConsumer, typecheckConsumer } from "../src/consumers.mjs";
import { startInstalledMockCli } from "../src/mock-cli.mjs";
import { startLocalRegistry } from "../src/registry.mjs";
import { localRegistryEnv, rehearseRelease } from "../src/rehearse-release.mjs";
import { collectThirdPartyClosure, publishThirdParty } from "../src/third-party.mjs";
import {
  listPublicPackages,
  listReleasablePackages,
  node24Binary,
  publicPackageNames,
  readManifest,
  repoRoot,
  toolsDir,
} from "../src/workspace.mjs";

type Registry = Awaited<ReturnType<typeof startLocalRegistry>>;
type Release = Awaited<ReturnType<typeof rehearseRelease>>;

let workDir: string;
let registry: Registry;
let release: Release;
let consumers: { esm: string; cjs: string };

/** What `changeset version` would change in the real checkout: versions, changelogs, the rehearsal's changeset. */
function releaseFilesSnapshot() {
  const snapshot: Record<string, string | null> = {};
  const read = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : null);
  for (const pkg of listReleasablePackages()) {
    snapshot[`${pkg.name} version`] = readManifest(pkg.dir).version;
    snapshot[`${pkg.name} CHANGELOG.md`] = read(join(pkg.dir, "CHANGELOG.md"));
  }
  snapshot["rehearsal changeset"] = read(join(repoRoot, ".changeset", "release-rehearsal.md"));
  return snapshot;
}

async function packument(name: string) {
  const response = await fetch(new URL(name.replace("/", "%2f"), registry.url));
  return { status: response.status, body: response.ok ? ((await response.json()) as Record<string, any>) : undefined };
}

/** The contract's title, which the consumers read from the installed `@leadping/types/openapi.json`. */
const contractTitle: string = JSON.parse(readFileSync(join(repoRoot, "packages", "types", "openapi.json"), "utf8")).info.title;

function expectLeadUpdated(report: { id: string; updatedId: string; updatedLastName?: string; calls?: string[] }, lastName: string) {
  expect(report.id).toEqual(expect.any(String));
  expect(report.updatedId).toBe(report.id);
  expect(report.updatedLastName).toBe(lastName);
  if (report.calls) expect(report.calls).toContain(`PUT /leads/${encodeURIComponent(report.id)}`);
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "leadping-release-rehearsal-"));
  const before = releaseFilesSnapshot();
  registry = await startLocalRegistry(join(workDir, "registry"));

  const own = (name: string) => name.startsWith("@leadping/");
  const consumerOnly = [{ dir: toolsDir, manifest: { name: "consumer", version: "0.0.0", dependencies: { "@types/node": "*" } } }];
  await publishThirdParty(
    collectThirdPartyClosure([...listPublicPackages(), ...consumerOnly], own),
    registry,
    join(workDir, "third-party"),
  );

  release = await rehearseRelease(registry, workDir);
  // The rehearsal must leave the real checkout exactly as it found it.
  // (Other work may change the checkout meanwhile; these are the files a release writes.)
  expect(releaseFilesSnapshot()).toEqual(before);

  const env = await localRegistryEnv(registry, join(workDir, "consumer-npm"));
  const [esm, cjs] = await Promise.all([
    createConsumer("esm", join(workDir, "consumer-esm"), release.version, env),
    createConsumer("cjs", join(workDir, "consumer-cjs"), release.version, env),
  ]);
  consumers = { esm, cjs };
});

afterAll(async () => {
  await registry?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("changeset version on a throwaway copy", () => {
  it("moves every @leadping/* package, the private playground included, to one new version", () => {
    expect(release.version).not.toBe(release.previousVersion);
    for (const [name, version] of Object.entries(release.versions)) expect({ name, version }).toEqual({ name, version: release.version });
    expect(Object.keys(release.versions)).toEqual(expect.arrayContaining([...publicPackageNames]));
  });

  it("leaves the internal packages (spec/, tools/) out of the release", () => {
    expect(Object.keys(release.internalVersions).length).toBeGreaterThan(0);
    for (const [name, { before, after }] of Object.entries(release.internalVersions)) {
      expect({ name, version: after }).toEqual({ name, version: before });
    }
  });

  it("writes a CHANGELOG.md entry for the new version in each public package", () => {
    for (const name of publicPackageNames) {
      const changelog = readFileSync(join(release.copyDir, "packages", name.replace("@leadping/", ""), "CHANGELOG.md"), "utf8");
      expect(changelog).toContain(`## ${release.version}`);
    }
  });
});

describe("changeset publish to the local registry", () => {
  it("publishes each public package at the new version with workspace ranges replaced", async () => {
    for (const name of publicPackageNames) {
      const { status, body } = await packument(name);
      expect({ name, status }).toEqual({ name, status: 200 });
      expect(Object.keys(body!.versions)).toEqual([release.version]);
      const published = body!.versions[release.version];
      for (const [dep, range] of Object.entries({ ...published.dependencies, ...published.peerDependencies } as Record<string, string>)) {
        expect(range, `${name} → ${dep}`).not.toMatch(/^workspace:/);
        // A peer is a range (`workspace:^`), so a later patch of the client still satisfies it (test/version-skew.test.ts).
        const peer = dep in (published.peerDependencies ?? {});
        if (dep.startsWith("@leadping/")) expect(range, `${name} → ${dep}`).toBe(peer ? `^${release.version}` : release.version);
      }
    }
  });

  it("serves only what was put into it: no uplink to a public registry", async () => {
    expect((await packument("left-pad")).status).toBe(404);
  });

  it("talks to no registry but the local one", () => {
    expect(release.log).toContain(`@leadping/client@${release.version}`);
    expect(release.log).not.toMatch(/registry\.npmjs\.org|registry\.yarnpkg\.com/);
  });

  it("never publishes the private playground", async () => {
    const playground = Object.keys(release.versions).filter((name) => !publicPackageNames.includes(name));
    expect(playground.length).toBeGreaterThan(0);
    for (const name of playground) expect((await packument(name)).status).toBe(404);
  });

  it("publishes the built files, not the sources", () => {
    for (const name of publicPackageNames) {
      const installed = join(consumers.esm, "node_modules", name);
      expect(readManifest(installed).version).toBe(release.version);
      expect(existsSync(join(installed, "dist", "index.mjs")), name).toBe(true);
      expect(existsSync(join(installed, "dist", "index.cjs")), name).toBe(true);
      expect(existsSync(join(installed, "src")), name).toBe(false);
      expect(existsSync(join(installed, "LICENSE")), name).toBe(true);
    }
  });
});

describe("consumers installed from the registry call PUT /leads/{id} on the local API", () => {
  for (const [runtime, binary] of [
    ["Node 20", process.execPath],
    ["Node 24", node24Binary],
  ] as const) {
    const major = runtime.split(" ")[1];
    it(`ESM import on ${runtime}`, async () => {
      const report = await runNodeConsumer(consumers.esm, binary);
      expect(report.module).toBe("esm");
      expect(report.contractTitle).toBe(contractTitle);
      expect(report.node.split(".")[0]).toBe(major);
      expectLeadUpdated(report, "Lovelace");
      expect(report.storedLastName).toBe("Lovelace");
    });

    it(`CJS require on ${runtime}`, async () => {
      const report = await runNodeConsumer(consumers.cjs, binary);
      expect(report.module).toBe("cjs");
      expect(report.contractTitle).toBe(contractTitle);
      expect(report.node.split(".")[0]).toBe(major);
      expectLeadUpdated(report, "Lovelace");
      expect(report.storedLastName).toBe("Lovelace");
    });
  }

  it("TypeScript strict type-check with moduleResolution node16 and bundler (ESM project)", async () => {
    await Promise.all([
      typecheckConsumer(consumers.esm, "tsconfig.node16.json"),
      typecheckConsumer(consumers.esm, "tsconfig.bundler.json"),
    ]);
  });

  it("TypeScript strict type-check with moduleResolution node16 and node10 (CommonJS project)", async () => {
    await Promise.all([typecheckConsumer(consumers.cjs, "tsconfig.node16.json"), typecheckConsumer(consumers.cjs, "tsconfig.node10.json")]);
  });

  it("a browser bundle in headless Chromium, against the installed leadping-mock CLI", async () => {
    const { code } = await bundleBrowserConsumer(consumers.esm);
    expect(code).not.toMatch(/\bnode:/);
    const api = await startInstalledMockCli(consumers.esm);
    try {
      const { result, forwarded, pageErrors } = await runBrowserConsumer(code, api.url);
      expect(pageErrors).toEqual([]);
      expect(result.error).toBeUndefined();
      expect(result.userAgent).toContain("HeadlessChrome");
      expectLeadUpdated({ ...(result as { id: string; updatedId: string; updatedLastName?: string }), calls: forwarded }, "Hopper");
    } finally {
      await api.stop();
    }
  });
});
