// Writes the generated corpus pairs: for each case of corpus-cases.mjs, corpus/gNN-<name>/ (the edit) and
// corpus/gNN-<name>.reverse/ (the same edit undone), each with before.json, after.json and expected.json.
// Run: node scripts/generate-corpus.mjs (test/corpus.test.ts fails when the files are out of date).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { baseDocument, cases } from "./corpus-cases.mjs";

const corpusDir = join(import.meta.dirname, "..", "corpus");
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const expected = (description, [classification, changes]) => ({
  description,
  classification,
  changes: changes.map(([rule, pointer, direction]) => (direction ? { rule, pointer, direction } : { rule, pointer })),
});

/** Every generated pair: directory name → file name → content. */
export function generatedPairs() {
  const pairs = new Map();
  cases.forEach((c, i) => {
    const id = `g${String(i + 1).padStart(2, "0")}-${c.name}`;
    const before = baseDocument(c.version);
    c.before(before);
    const after = structuredClone(before);
    c.after(after);
    pairs.set(id, { "before.json": json(before), "after.json": json(after), "expected.json": json(expected(c.description, c.forward)) });
    pairs.set(`${id}.reverse`, {
      "before.json": json(after),
      "after.json": json(before),
      "expected.json": json(expected(`reverse of: ${c.description}`, c.reverse)),
    });
  });
  return pairs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const entry of readdirSync(corpusDir)) if (/^g\d+-/.test(entry)) rmSync(join(corpusDir, entry), { recursive: true });
  const pairs = generatedPairs();
  for (const [dir, files] of pairs) {
    mkdirSync(join(corpusDir, dir), { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(corpusDir, dir, name), content);
  }
  console.log(`wrote ${pairs.size} generated pairs to corpus/`);
}
