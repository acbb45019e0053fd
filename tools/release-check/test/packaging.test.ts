// What npm would receive, checked before anything is published: publint,
// "are the types wrong?" (node10, node16 CJS/ESM, bundler), the house manifest
// policy and the tarball's file list.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manifestProblems } from "../src/manifest-policy.mjs";
import { packPackage } from "../src/pack.mjs";
import { attwProblems, publintProblems } from "../src/package-lint.mjs";
import { listPublicPackages, repoRoot } from "../src/workspace.mjs";

const packages = listPublicPackages();
let packDir: string;
const tarballs = new Map<string, string>();

beforeAll(async () => {
  packDir = await mkdtemp(join(tmpdir(), "leadping-pack-"));
  for (const pkg of packages) tarballs.set(pkg.name, packPackage(pkg, packDir));
});

afterAll(async () => {
  if (packDir) await rm(packDir, { recursive: true, force: true });
});

function filesIn(tarball: string) {
  return execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ""));
}

function packedManifest(tarball: string) {
  return JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" })) as Record<string, any>;
}

describe.each(packages)("$name", (pkg) => {
  const tarball = () => tarballs.get(pkg.name)!;

  it("has no publint message, suggestions included", async () => {
    expect(await publintProblems(tarball())).toEqual([]);
  });

  it("has no attw problem for node10, node16 (CJS and ESM) and bundler", async () => {
    const { problems, resolutionKinds } = await attwProblems(tarball());
    expect(resolutionKinds).toEqual(["node10", "node16-cjs", "node16-esm", "bundler"]);
    expect(problems).toEqual([]);
  });

  it("follows the manifest policy", () => {
    expect(manifestProblems(pkg.manifest, pkg.dir)).toEqual([]);
  });

  it("packs only the whitelisted files, with ESM, CJS and their own declarations", () => {
    const files = filesIn(tarball());
    expect(files).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "LICENSE",
        "dist/index.mjs",
        "dist/index.cjs",
        "dist/index.d.mts",
        "dist/index.d.cts",
      ]),
    );
    // `<subpath>/package.json` stubs let node10 resolution find a subpath export (e.g. @leadping/client/webhooks).
    const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|openapi\.json|dist\/.+|[\w-]+\/package\.json)$/;
    expect(files.filter((file) => !allowed.test(file))).toEqual([]);
  });

  it("ships the repository's license", () => {
    const license = execFileSync("tar", ["-xzOf", tarball(), "package/LICENSE"], { encoding: "utf8" });
    expect(license).toBe(readFileSync(join(repoRoot, "LICENSE"), "utf8"));
  });

  it("publishes with concrete versions instead of workspace ranges", () => {
    const manifest = packedManifest(tarball());
    const ranges = { ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies } as Record<string, string>;
    expect(Object.values(ranges).filter((range) => range.startsWith("workspace:"))).toEqual([]);
  });

  it("ships every bin it declares, as a file with a node shebang", () => {
    const bins = Object.values((pkg.manifest.bin ?? {}) as Record<string, string>);
    const files = filesIn(tarball());
    for (const bin of bins) {
      expect(files).toContain(bin.replace(/^\.\//, ""));
      const source = execFileSync("tar", ["-xzOf", tarball(), `package/${bin.replace(/^\.\//, "")}`], { encoding: "utf8" });
      expect(source.startsWith("#!/usr/bin/env node")).toBe(true);
    }
  });
});

describe("manifest policy", () => {
  it("catches what it is meant to catch", () => {
    const [types] = packages;
    const broken = {
      ...types!.manifest,
      sideEffects: true,
      exports: { ".": { import: { default: "./dist/index.mjs", types: "./dist/index.d.mts" } }, "./*": "./dist/*.js" },
      publishConfig: { access: "public" },
    };
    const problems = manifestProblems(broken, types!.dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        "sideEffects must be false",
        "publishConfig.provenance must be true",
        '"./package.json" must be exported',
        "no wildcard subpaths (./*)",
        '. → import: "types" must come first',
      ]),
    );
  });
});
