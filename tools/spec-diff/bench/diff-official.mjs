// Benchmark: diff Leadping's whole official contract (bench/fixtures, 1.1 MB, 137 operations) against a copy
// with the 20 edits of bench/mutations.mjs, and against itself. Prints numbers; asserts nothing about time.
// Run: pnpm --filter @leadping/spec-diff bench (builds first; uses dist/).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diffSpecs } from "../dist/index.js";
import { applyMutations } from "./mutations.mjs";

const fixture = join(import.meta.dirname, "fixtures", "leadping-official.openapi.json");
const text = readFileSync(fixture, "utf8");
const runs = Number(process.env.BENCH_RUNS ?? 15);

const time = (fn) => {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
};
const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) };
};
const fmt = (ms) => `${ms.toFixed(1)} ms`;

const parse = time(() => JSON.parse(text));
const base = parse.result;
const mutated = JSON.parse(text);
const expected = applyMutations(mutated);
const self = JSON.parse(text);

// The first run includes V8's warm-up: it is what a one-shot CLI run (the gate) pays.
const cold = time(() => diffSpecs(base, mutated));
const warm = [];
for (let i = 0; i < runs; i++) warm.push(time(() => diffSpecs(base, mutated)).ms);
const selfRuns = [];
for (let i = 0; i < runs; i++) selfRuns.push(time(() => diffSpecs(base, self)).ms);

const changes = cold.result;
const w = stats(warm);
const s = stats(selfRuns);
console.log(`fixture: ${(text.length / 1024 / 1024).toFixed(2)} MB, ${Object.keys(base.paths).length} paths; JSON.parse ${fmt(parse.ms)}`);
console.log(
  `20 mutations → ${changes.length} changes reported (${expected.length} expected): ${changes.filter((c) => c.severity === "breaking").length} breaking`,
);
console.log(
  `diff vs mutated copy: first run ${fmt(cold.ms)}; warm over ${runs} runs: median ${fmt(w.median)} (min ${fmt(w.min)}, max ${fmt(w.max)})`,
);
console.log(`diff vs itself:       warm over ${runs} runs: median ${fmt(s.median)} (min ${fmt(s.min)}, max ${fmt(s.max)})`);
