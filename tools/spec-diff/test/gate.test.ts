// The gate's decision, from injected inputs: which bumps pass, which fail, and what the failure says.
import { describe, expect, test } from "vitest";
import { evaluateGate, appliedBump, rules, type Change, type GateInput, type PendingChangeset, type RuleId } from "../src/index.js";

const change = (rule: RuleId, pointer: string): Change => ({
  rule,
  severity: rules[rule].severity,
  bump: rules[rule].bump,
  pointer,
  message: `${rule} at ${pointer}`,
  operations: ["GET /leads/{id}"],
});
const changeset = (file: string, releases: Record<string, "major" | "minor" | "patch" | "none">): PendingChangeset => ({
  file,
  releases: Object.entries(releases).map(([name, type]) => ({ name, type })),
  summary: "",
});
const released = { ref: "@leadping/types@1.2.0", version: "1.2.0", label: "@leadping/types@1.2.0", pendingVersion: null };
const input = (over: Partial<GateInput>): GateInput => ({
  base: released,
  changes: [],
  changedFiles: [],
  changesets: [],
  group: ["@leadping/*"],
  ...over,
});

const breakingChange = change("response-property-removed", "/components/schemas/LeadResponse/properties/archiveNote");
const addition = change("response-property-added", "/components/schemas/LeadResponse/properties/score");
const docs = change("doc-changed", "/paths/~1tags/get/summary");

describe("evaluateGate", () => {
  test("breaking change with only a minor changeset fails and lists the change with its pointer", () => {
    const result = evaluateGate(
      input({
        changes: [breakingChange, addition],
        changedFiles: ["spec/components/schemas/LeadResponse.yaml"],
        changesets: [changeset(".changeset/a.md", { "@leadping/types": "minor" })],
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.required).toBe("major");
    expect(result.provided).toBe("minor");
    expect(result.text).toContain("need a MAJOR bump of @leadping/*");
    expect(result.text).toContain("response-property-removed");
    expect(result.text).toContain("/components/schemas/LeadResponse/properties/archiveNote");
    // Only the change that needs more than the given bump is listed.
    expect(result.text).not.toMatch(/^\s+ok\s+response-property-added/m);
    expect(result.text).toContain("FAILED");
  });

  test("breaking change with a major changeset passes", () => {
    const result = evaluateGate(
      input({
        changes: [breakingChange],
        changedFiles: ["spec/x.yaml"],
        changesets: [changeset(".changeset/a.md", { "@leadping/types": "major" })],
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.text).toContain("spec-diff gate: OK");
  });

  test("the fixed group moves together: a major on another @leadping package counts", () => {
    expect(
      evaluateGate(input({ changes: [breakingChange], changesets: [changeset(".changeset/a.md", { "@leadping/client": "major" })] })).ok,
    ).toBe(true);
  });

  test("a bump of a package outside the group does not count", () => {
    const result = evaluateGate(
      input({ changes: [breakingChange], changesets: [changeset(".changeset/a.md", { "some-other-package": "major" })] }),
    );
    expect(result.ok).toBe(false);
    expect(result.provided).toBe("none");
  });

  test("the largest bump across several changesets wins", () => {
    const sets = [
      changeset(".changeset/a.md", { "@leadping/types": "patch" }),
      changeset(".changeset/b.md", { "@leadping/mock-server": "major" }),
    ];
    expect(evaluateGate(input({ changes: [breakingChange], changesets: sets })).ok).toBe(true);
  });

  test("additions need at least a minor: patch fails, minor passes", () => {
    const patch = evaluateGate(input({ changes: [addition], changesets: [changeset(".changeset/a.md", { "@leadping/types": "patch" })] }));
    expect(patch.ok).toBe(false);
    expect(patch.text).toContain("need a MINOR bump");
    expect(patch.text).toContain("/components/schemas/LeadResponse/properties/score");
    expect(
      evaluateGate(input({ changes: [addition], changesets: [changeset(".changeset/a.md", { "@leadping/types": "minor" })] })).ok,
    ).toBe(true);
  });

  test("a response enum value added (a warning) needs a minor", () => {
    const warning = change("response-enum-value-added", "/components/schemas/LeadStatusCategory/enum");
    expect(evaluateGate(input({ changes: [warning], changesets: [changeset(".changeset/a.md", { "@leadping/types": "patch" })] })).ok).toBe(
      false,
    );
    expect(evaluateGate(input({ changes: [warning], changesets: [changeset(".changeset/a.md", { "@leadping/types": "minor" })] })).ok).toBe(
      true,
    );
  });

  test("documentation changes need a patch", () => {
    expect(evaluateGate(input({ changes: [docs], changesets: [changeset(".changeset/a.md", {})] })).ok).toBe(false);
    expect(evaluateGate(input({ changes: [docs], changesets: [changeset(".changeset/a.md", { "@leadping/types": "patch" })] })).ok).toBe(
      true,
    );
  });

  test("a change to spec/ or packages/*/src without any changeset fails and names the files", () => {
    const result = evaluateGate(input({ changedFiles: ["packages/client/src/retry.ts"] }));
    expect(result.ok).toBe(false);
    expect(result.text).toContain("no pending changeset");
    expect(result.text).toContain("packages/client/src/retry.ts");
  });

  test("an empty changeset satisfies the changeset check when the contract did not change", () => {
    expect(evaluateGate(input({ changedFiles: ["packages/client/src/retry.ts"], changesets: [changeset(".changeset/a.md", {})] })).ok).toBe(
      true,
    );
  });

  test("nothing changed since the release: passes without changesets", () => {
    expect(evaluateGate(input({})).ok).toBe(true);
  });

  test("first release: everything is new, a minor changeset is enough", () => {
    const first = { ref: null, version: null, label: "no release yet (empty contract)", pendingVersion: null };
    expect(
      evaluateGate(input({ base: first, changes: [change("operation-added", "/paths/~1leads/post")], changedFiles: ["spec/openapi.yaml"] }))
        .ok,
    ).toBe(false);
    expect(
      evaluateGate(
        input({
          base: first,
          changes: [change("operation-added", "/paths/~1leads/post")],
          changedFiles: ["spec/openapi.yaml"],
          changesets: [changeset(".changeset/initial-release.md", { "@leadping/types": "minor" })],
        }),
      ).ok,
    ).toBe(true);
  });

  test("a version applied by `changeset version` but not yet tagged counts as the bump", () => {
    const pendingMajor = { ...released, pendingVersion: "2.0.0" };
    const pendingMinor = { ...released, pendingVersion: "1.3.0" };
    expect(evaluateGate(input({ base: pendingMajor, changes: [breakingChange], changedFiles: ["spec/x.yaml"] })).ok).toBe(true);
    const minor = evaluateGate(input({ base: pendingMinor, changes: [breakingChange], changedFiles: ["spec/x.yaml"] }));
    expect(minor.ok).toBe(false);
    expect(minor.text).toContain("version 1.3.0 applied by `changeset version` (minor)");
  });
});

describe("appliedBump", () => {
  test.each([
    ["1.2.0", "2.0.0", "major"],
    ["1.2.0", "1.3.0", "minor"],
    ["1.2.0", "1.2.1", "patch"],
    ["1.2.0", "1.2.0", "none"],
    [null, "0.2.0", "major"],
  ] as const)("%s → %s is %s", (from, to, bump) => {
    expect(appliedBump(from, to)).toBe(bump);
  });
});
