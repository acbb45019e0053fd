// The differ on Leadping's whole official contract (vendored in bench/fixtures, see bench/README.md): it finds
// exactly the 20 edits bench/mutations.mjs makes, with the right verdicts, and nothing on an identical copy.
// Not timed: bench/diff-official.mjs prints the numbers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { applyMutations, mutations } from "../bench/mutations.mjs";
import { diffSpecs } from "../src/index.js";

const text = readFileSync(join(import.meta.dirname, "..", "bench", "fixtures", "leadping-official.openapi.json"), "utf8");
const load = (): any => JSON.parse(text);
const key = (c: { rule: string; pointer: string; direction?: string | undefined }): string =>
  `${c.rule} ${c.pointer}${c.direction ? ` (${c.direction})` : ""}`;

describe("the official contract (1.1 MB, 137 operations)", () => {
  test("diffs against itself with zero changes", () => {
    expect(diffSpecs(load(), load())).toEqual([]);
  });

  test("finds the changes of all 20 mutations together, and nothing else", () => {
    expect(mutations).toHaveLength(20);
    const mutated = load();
    const expected = applyMutations(mutated);
    const changes = diffSpecs(load(), mutated);
    expect(changes.map(key).sort()).toEqual(expected.map(key).sort());
  });

  test.each(mutations.map((m) => [m.name, m] as const))("alone: %s, with its verdict", (_name, m) => {
    const mutated = load();
    m.apply(mutated);
    const changes = diffSpecs(load(), mutated);
    expect(changes.map(key).sort()).toEqual((typeof m.expect === "function" ? m.expect(mutated) : m.expect).map(key).sort());
    const worst = changes.some((c) => c.severity === "breaking")
      ? "breaking"
      : changes.some((c) => c.severity === "warning")
        ? "warning"
        : "non-breaking";
    expect(worst).toBe(m.verdict);
  });
});
