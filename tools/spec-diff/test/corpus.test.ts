// Runs every before/after pair of corpus/ through the differ and checks the hand-written expectations:
// the exact set of (rule, pointer, direction) and the overall classification. The first 38 pairs are copies of
// a real contract; the gNN-* pairs are generated from scripts/corpus-cases.mjs, each edit with its reverse.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { generatedPairs } from "../scripts/generate-corpus.mjs";
import { diffSpecs, rules } from "../src/index.js";

const corpusDir = join(import.meta.dirname, "..", "corpus");
const cases = readdirSync(corpusDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const read = (name: string, file: string) => JSON.parse(readFileSync(join(corpusDir, name, file), "utf8"));

interface Expected {
  description: string;
  classification: "breaking" | "warning" | "non-breaking" | "none";
  changes: { rule: string; pointer: string; direction?: string }[];
}

const key = (c: { rule: string; pointer: string; direction?: string | undefined }): string =>
  `${c.rule} ${c.pointer}${c.direction ? ` (${c.direction})` : ""}`;

describe("corpus", () => {
  test("exercises every rule of the differ (type-test-failed belongs to the gate)", () => {
    const used = new Set(cases.flatMap((name) => (read(name, "expected.json") as Expected).changes.map((c) => c.rule)));
    for (const rule of used) expect(Object.keys(rules)).toContain(rule);
    expect(Object.keys(rules).filter((r) => !used.has(r))).toEqual(["type-test-failed"]);
  });

  test("the generated pairs are up to date with scripts/corpus-cases.mjs (fix: node scripts/generate-corpus.mjs)", () => {
    const generated = generatedPairs();
    expect(generated.size).toBeGreaterThanOrEqual(80);
    expect(cases.filter((name) => /^g\d+-/.test(name)).sort()).toEqual([...generated.keys()].sort());
    for (const [dir, files] of generated)
      for (const [file, content] of Object.entries(files))
        expect(readFileSync(join(corpusDir, dir, file), "utf8"), `${dir}/${file}`).toBe(content);
  });

  test("every generated edit comes with its reverse", () => {
    const generated = cases.filter((name) => /^g\d+-/.test(name));
    for (const name of generated.filter((n) => !n.endsWith(".reverse"))) expect(generated).toContain(`${name}.reverse`);
  });

  test.each(cases)("%s", (name) => {
    const expected = read(name, "expected.json") as Expected;
    const changes = diffSpecs(read(name, "before.json"), read(name, "after.json"));
    expect(changes.map(key).sort()).toEqual(expected.changes.map(key).sort());
    const classification = changes.some((c) => c.severity === "breaking")
      ? "breaking"
      : changes.some((c) => c.severity === "warning")
        ? "warning"
        : changes.length > 0
          ? "non-breaking"
          : "none";
    expect(classification).toBe(expected.classification);
  });

  test.each(cases)("%s: the reverse edit is classified too, never silently empty", (name) => {
    const expected = read(name, "expected.json") as Expected;
    const reverse = diffSpecs(read(name, "after.json"), read(name, "before.json"));
    expect(reverse.length > 0).toBe(expected.changes.length > 0);
    // Only a pair about an unexplained change may get one back when reversed.
    if (!expected.changes.some((c) => c.rule === "other-change" || c.rule === "request-unclassified-change")) {
      expect(reverse.filter((c) => c.rule === "other-change" || c.rule === "request-unclassified-change")).toEqual([]);
    }
  });
});
