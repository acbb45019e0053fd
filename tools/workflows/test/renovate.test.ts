import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../src/paths.mjs";

const renovate = JSON.parse(readFileSync(join(repoRoot, "renovate.json"), "utf8"));
const openapiToolchain = ["openapi-typescript", "openapi-fetch", "@redocly/cli"];

/** Every workspace manifest, from pnpm-workspace.yaml's globs (one level of `*`). */
function manifests(): Record<string, any>[] {
  const globs: string[] = parse(readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8")).packages;
  const dirs = globs.flatMap((g) =>
    g.endsWith("/*") ? readdirSync(join(repoRoot, g.slice(0, -2))).map((d) => `${g.slice(0, -2)}/${d}`) : [g],
  );
  return [".", ...dirs]
    .map((d) => join(repoRoot, d, "package.json"))
    .filter((p) => existsSync(p))
    .map((p) => JSON.parse(readFileSync(p, "utf8")));
}

describe("renovate.json", () => {
  it("pins exact versions", () => {
    expect(renovate.rangeStrategy).toBe("pin");
  });

  it("upgrades the OpenAPI toolchain as one group, pinned", () => {
    const groups = renovate.packageRules.filter((rule: any) => openapiToolchain.some((name) => rule.matchPackageNames?.includes(name)));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ groupName: "OpenAPI toolchain", rangeStrategy: "pin" });
    expect([...groups[0].matchPackageNames].sort()).toEqual([...openapiToolchain].sort());
  });

  it("matches what the repo does: every dependency is an exact version (or workspace:*)", () => {
    const ranges = manifests().flatMap((m) =>
      ["dependencies", "devDependencies", "optionalDependencies"].flatMap((field) =>
        Object.entries<string>(m[field] ?? {})
          // An npm alias pinned exactly (`undici-6`: `npm:undici@6.29.0`) is an exact version too.
          .filter(([, v]) => !/^(npm:(@[^/@]+\/)?[^/@]+@)?\d+\.\d+\.\d+$/.test(v) && v !== "workspace:*")
          .map(([k, v]) => `${m.name}: ${k}@${v}`),
      ),
    );
    expect(ranges).toEqual([]);
    const declared = manifests().flatMap((m) => Object.keys({ ...m.dependencies, ...m.devDependencies }));
    for (const name of openapiToolchain) expect(declared).toContain(name);
  });

  it("finds the Node images of the CI matrix", () => {
    const ci = readFileSync(join(repoRoot, ".github", "workflows", "ci.yml"), "utf8");
    const [manager] = renovate.customManagers;
    const found = manager.matchStrings.flatMap((s: string) => [...ci.matchAll(new RegExp(s, "g"))].map((m) => m.groups?.["currentValue"]));
    expect(found).toHaveLength(2);
    expect(found.every((v: string) => /^\d+\.\d+\.\d+-bookworm$/.test(v))).toBe(true);
  });
});
