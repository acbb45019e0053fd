// End to end on a clone of this repository: release it (tag + CHANGELOG), then make a deliberately
// breaking edit to spec/ with only a minor changeset and watch the gate fail; a major changeset, or
// `spec:changeset`, makes it pass. The type-level check runs the release's own type tests.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runChangeset, runDiff, runGate } from "../src/index.js";
import { gitIn } from "./temp-repo.js";

const repoRoot = join(import.meta.dirname, "..", "..", "..");
let clone: string;
let version: string;

const git = gitIn(() => clone);
const bundle = (): void => {
  execFileSync(process.execPath, [join(clone, "spec", "scripts", "bundle.mjs")], { cwd: join(clone, "spec"), stdio: "pipe" });
};
const writeChangeset = (name: string, bump: string): void =>
  writeFileSync(join(clone, ".changeset", name), `---\n"@leadping/types": ${bump}\n---\n\nA change.\n`);
const leadResponseYaml = () => join(clone, "spec", "components", "schemas", "LeadResponse.yaml");

beforeAll(() => {
  clone = mkdtempSync(join(tmpdir(), "spec-diff-e2e-"));
  execFileSync("git", ["clone", "-q", repoRoot, clone], { stdio: "pipe" });
  // Dependencies come from this workspace's install (the clone has no node_modules of its own).
  for (const pkg of ["spec", "packages/types"]) symlinkSync(join(repoRoot, pkg, "node_modules"), join(clone, pkg, "node_modules"), "dir");
  git("config", "commit.gpgsign", "false");
  git("config", "tag.gpgsign", "false");
  // Cut a release of the current state: changesets consumed, CHANGELOG written, tag created.
  version = (JSON.parse(readFileSync(join(clone, "packages", "types", "package.json"), "utf8")) as { version: string }).version;
  for (const f of readdirSync(join(clone, ".changeset")))
    if (f.endsWith(".md") && f !== "README.md") unlinkSync(join(clone, ".changeset", f));
  writeFileSync(
    join(clone, "packages", "types", "CHANGELOG.md"),
    `# @leadping/types\n\n## ${version}\n\n### Minor Changes\n\n- First release.\n`,
  );
  git("add", "-A");
  git("commit", "-q", "-m", "release");
  git("tag", `@leadping/types@${version}`);
  bundle();
});

afterAll(() => {
  if (clone && existsSync(clone)) rmSync(clone, { recursive: true, force: true });
});

describe("the gate on a released clone", () => {
  test("right after the release: nothing changed, the release's type tests compile, no changeset needed", () => {
    const result = runGate(clone);
    expect(result.text).toContain(`contract @leadping/types@${version}`);
    expect(result.required).toBe("none");
    expect(result.ok).toBe(true);
  });

  test("a breaking edit to spec/ with only a minor changeset fails with a clear message", () => {
    const yaml = readFileSync(leadResponseYaml(), "utf8");
    const edited = yaml.replace(/^ {2}archiveNote:\n(?: {4}.*\n)+/m, "");
    expect(edited).not.toBe(yaml);
    writeFileSync(leadResponseYaml(), edited);
    bundle();
    writeChangeset("small-fix.md", "minor");

    const result = runGate(clone, undefined, { typeTests: false });
    expect(result.ok).toBe(false);
    expect(result.text).toContain("need a MAJOR bump of @leadping/*, but the pending changesets give minor");
    expect(result.text).toMatch(
      /BREAKING response-property-removed\s+\/components\/schemas\/LeadResponse\/properties\/archiveNote \(response\)/,
    );
    expect(result.text).toContain("GET /leads/{id}");
    expect(result.text).toContain("spec-diff gate: FAILED");

    const report = runDiff(clone, undefined, { typeTests: false });
    // Once for the responses that return a lead, once for the lead webhooks' request bodies, whose `data` is one.
    expect(report.summary).toMatchObject({ breaking: 2, requiredBump: "major" });
    expect(result.text).toMatch(
      /BREAKING request-property-removed\s+\/components\/schemas\/LeadResponse\/properties\/archiveNote \(request\)/,
    );
  });

  test("the same edit with a major changeset passes", () => {
    writeChangeset("small-fix.md", "major");
    expect(runGate(clone, undefined, { typeTests: false }).ok).toBe(true);
  });

  test("`spec:changeset` writes a major changeset carrying the report, for every published package", () => {
    unlinkSync(join(clone, ".changeset", "small-fix.md"));
    expect(runGate(clone, undefined, { typeTests: false }).ok).toBe(false);
    const written = runChangeset(clone, undefined, { typeTests: false });
    expect(written.file).toBe(".changeset/contract-changes.md");
    const text = readFileSync(join(clone, ".changeset", "contract-changes.md"), "utf8");
    // Every published package of the clone, read from its manifests (a new package joins by itself).
    const published = readdirSync(join(clone, "packages"))
      .map((dir) => JSON.parse(readFileSync(join(clone, "packages", dir, "package.json"), "utf8")) as { name: string; private?: boolean })
      .filter((manifest) => !manifest.private)
      .map((manifest) => manifest.name)
      .sort();
    expect(published).toContain("@leadping/types");
    expect(text.startsWith(`---\n${published.map((name) => `"${name}": major\n`).join("")}---\n`)).toBe(true);
    expect(text).toContain(
      "**Breaking:** response field `archiveNote` removed (response) — `/components/schemas/LeadResponse/properties/archiveNote`",
    );
    expect(runGate(clone, undefined, { typeTests: false }).ok).toBe(true);
  });

  test("type-level check: a type the release's type tests use disappears → breaking, with file and line", () => {
    git("checkout", "--", "spec");
    bundle();
    unlinkSync(join(clone, ".changeset", "contract-changes.md"));
    writeChangeset("refactor.md", "minor");
    const index = join(clone, "packages", "types", "src", "index.ts");
    const source = readFileSync(index, "utf8");
    const edited = source.replace(/^export type LeadPage = .*\n/m, "");
    expect(edited).not.toBe(source);
    writeFileSync(index, edited);

    const result = runGate(clone);
    expect(result.ok).toBe(false);
    expect(result.text).toMatch(
      /BREAKING type-test-failed\s+\/: packages\/types\/test\/types\.test-d\.ts:\d+ \(from @leadping\/types@[^)]+\) no longer compiles: TS\d+: .*LeadPage/,
    );
    // The temp copy of the release's tests is cleaned up.
    expect(existsSync(join(clone, "packages", "types", ".tmp")) ? readdirSync(join(clone, "packages", "types", ".tmp")) : []).toEqual([]);
  });
});
