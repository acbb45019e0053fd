// Finding the last release in real (temporary) git repositories.
import { afterEach, describe, expect, test } from "vitest";
import { baseContract, changedSinceRelease, changelogVersions, explicitBase, findLastRelease } from "../src/index.js";
import { tempRepo, type TempRepo } from "./temp-repo.js";

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

const contract = (title: string) => JSON.stringify({ openapi: "3.1.0", info: { title, version: "1" }, paths: {} });

function released(versions: string[], current: string): TempRepo {
  const repo = tempRepo();
  repos.push(repo);
  repo.write("packages/types/package.json", JSON.stringify({ name: "@leadping/types", version: current }));
  repo.write("packages/types/openapi.json", contract("v-current"));
  repo.write("spec/openapi.yaml", "openapi: 3.1.0\n");
  if (versions.length > 0)
    repo.write(
      "packages/types/CHANGELOG.md",
      `# @leadping/types\n\n${versions.map((v) => `## ${v}\n\n### Minor Changes\n\n- stuff\n`).join("\n")}`,
    );
  repo.commit("initial");
  return repo;
}

describe("findLastRelease", () => {
  test("no CHANGELOG and no tags: nothing released, the base is the empty contract", () => {
    const r = released([], "0.1.0");
    const base = findLastRelease(r.dir);
    expect(base).toMatchObject({ ref: null, version: null, pendingVersion: null });
    expect(baseContract(r.dir, base)).toMatchObject({ paths: {} });
    // Every shipping file counts as changed since "nothing".
    expect(changedSinceRelease(r.dir, null)).toEqual(["spec/openapi.yaml"]);
  });

  test("the newest CHANGELOG version's tag is the base, and its contract comes from git", () => {
    const r = released(["1.1.0", "1.0.0"], "1.1.0");
    r.git("tag", "@leadping/types@1.0.0");
    r.git("tag", "@leadping/types@1.1.0");
    r.write("packages/types/openapi.json", contract("working"));
    r.commit("after release");
    const base = findLastRelease(r.dir);
    expect(base).toMatchObject({ ref: "@leadping/types@1.1.0", version: "1.1.0", pendingVersion: null });
    expect(baseContract(r.dir, base)).toMatchObject({ info: { title: "v-current" } });
    expect(changedSinceRelease(r.dir, base.ref)).toEqual([]);
    r.write("packages/types/src/index.ts", "export {};\n");
    r.write("spec/openapi.yaml", "openapi: 3.1.1\n");
    r.write("README.md", "not shipped\n");
    expect(changedSinceRelease(r.dir, base.ref)).toEqual(["packages/types/src/index.ts", "spec/openapi.yaml"]);
  });

  test("a version applied by `changeset version` but not tagged is a release in progress", () => {
    const r = released(["1.2.0", "1.1.0"], "1.2.0");
    r.git("tag", "@leadping/types@1.1.0");
    expect(findLastRelease(r.dir)).toMatchObject({ ref: "@leadping/types@1.1.0", pendingVersion: "1.2.0" });
  });

  test("the first release in progress has no base", () => {
    const r = released(["0.2.0"], "0.2.0");
    expect(findLastRelease(r.dir)).toMatchObject({ ref: null, pendingVersion: "0.2.0" });
  });

  test("a released version whose tag is missing (e.g. tags not fetched) fails with the fix", () => {
    const r = released(["1.1.0", "1.0.0"], "1.2.0");
    expect(() => findLastRelease(r.dir)).toThrow(
      /@leadping\/types@1\.1\.0 .*has no git tag in this clone[\s\S]*git fetch --tags[\s\S]*pnpm spec:diff <ref>/,
    );
    // Same history without tags, right after `changeset version` to 1.1.0: the base 1.0.0 must be tagged too.
    const again = released(["1.1.0", "1.0.0"], "1.1.0");
    expect(() => findLastRelease(again.dir)).toThrow(/@leadping\/types@1\.0\.0 .*has no git tag/);
  });

  test("tags without a CHANGELOG: the highest version wins", () => {
    const r = released([], "0.10.0");
    r.git("tag", "@leadping/types@0.9.0");
    r.git("tag", "@leadping/types@0.10.0");
    expect(findLastRelease(r.dir).ref).toBe("@leadping/types@0.10.0");
  });

  test("an explicit base that does not exist fails clearly", () => {
    const r = released([], "0.1.0");
    expect(() => explicitBase(r.dir, "v9.9.9")).toThrow(/Base ref "v9\.9\.9" does not exist/);
    expect(explicitBase(r.dir, "HEAD").ref).toBe("HEAD");
  });
});

test("changelogVersions reads changesets' headings newest first", () => {
  expect(changelogVersions("# @leadping/types\n\n## 2.0.0\n\n### Major Changes\n\n## 1.10.0-next.1\n\n## not-a-version\n")).toEqual([
    "2.0.0",
    "1.10.0-next.1",
  ]);
});
