// Reading changesets and the fixed group.
import { describe, expect, test } from "vitest";
import { groupBump, matchesPattern, parseChangeset } from "../src/index.js";

describe("parseChangeset", () => {
  test("reads quoted and unquoted entries and the body", () => {
    const parsed = parseChangeset(`---\n"@leadping/types": major\n'@leadping/client': minor\nplain-pkg: patch\n---\n\nBody text.\n`);
    expect(parsed.releases).toEqual([
      { name: "@leadping/types", type: "major" },
      { name: "@leadping/client", type: "minor" },
      { name: "plain-pkg", type: "patch" },
    ]);
    expect(parsed.summary).toBe("Body text.");
  });

  test("an empty changeset has no releases", () => {
    expect(parseChangeset("---\n---\n").releases).toEqual([]);
  });

  test("rejects files that are not changesets, naming the file", () => {
    expect(() => parseChangeset("just text", ".changeset/x.md")).toThrow(/\.changeset\/x\.md: no front matter/);
    expect(() => parseChangeset(`---\n"@leadping/types": huge\n---\n`, ".changeset/y.md")).toThrow(/\.changeset\/y\.md: cannot read/);
  });
});

describe("group matching", () => {
  test("patterns with * match scoped names only within the pattern", () => {
    expect(matchesPattern("@leadping/types", "@leadping/*")).toBe(true);
    expect(matchesPattern("@other/types", "@leadping/*")).toBe(false);
    expect(matchesPattern("@leadping/types", "@leadping/types")).toBe(true);
    expect(matchesPattern("@leadping.x/types", "@leadping/*")).toBe(false);
  });

  test("groupBump takes the largest group entry", () => {
    const sets = [
      { file: "a", releases: [{ name: "@leadping/types", type: "patch" as const }], summary: "" },
      {
        file: "b",
        releases: [
          { name: "@leadping/client", type: "minor" as const },
          { name: "x", type: "major" as const },
        ],
        summary: "",
      },
    ];
    expect(groupBump(sets, ["@leadping/*"])).toBe("minor");
    expect(groupBump([], ["@leadping/*"])).toBe("none");
  });
});
