import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { actionlint } from "../src/actionlint.mjs";
import { repoRoot } from "../src/paths.mjs";
import { copyRepo, mutate } from "./support";

describe("actionlint", () => {
  it("passes the workflows", () => {
    const { ok, output } = actionlint(repoRoot);
    expect(output).toContain("Checking 2 workflow file(s)");
    expect(ok, output).toBe(true);
  });

  it("fails a workflow with a wrong expression, naming the file and line", () => {
    const copy = copyRepo();
    mutate(
      copy,
      ".github/workflows/release.yml",
      "steps.changesets.outputs.published == 'true'",
      "steps.changeset.outputs.published == 'true'",
    );
    const { ok, output } = actionlint(copy);
    expect(ok).toBe(false);
    expect(output).toMatch(/release\.yml:\d+:\d+ property "changeset" is not defined/);
  });

  it("fails a job with an unknown key", () => {
    const copy = copyRepo();
    mutate(copy, ".github/workflows/ci.yml", "timeout-minutes: 90", "timeout-minutes: 90\n    run-on: ubuntu-latest");
    const { ok, output } = actionlint(copy);
    expect(ok).toBe(false);
    expect(output).toContain("ci.yml");
  });

  it("fails when there is nothing to lint", () => {
    const copy = copyRepo();
    rmSync(join(copy, ".github", "workflows"), { recursive: true });
    expect(actionlint(copy).ok).toBe(false);
  });
});
