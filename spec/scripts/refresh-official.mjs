#!/usr/bin/env node
// Refreshes the vendored copy of Leadping's official lead-domain contract
// (spec/reference/leadping-lead-domain.openapi.json) from a local file, by default
// the shared reference folder it was first copied from. Run by hand, never at build
// or test time:  node spec/scripts/refresh-official.mjs [path/to/leadping-lead-domain.openapi.json]
// Then re-run the conformance tests: new differences must be fixed or allowlisted.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const specDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = resolve(process.argv[2] ?? join(specDir, "..", "..", "shared", "reference", "leadping-lead-domain.openapi.json"));
const target = join(specDir, "reference", "leadping-lead-domain.openapi.json");

const text = readFileSync(source, "utf8");
const doc = JSON.parse(text);
if (typeof doc.openapi !== "string" || !doc.paths) throw new Error(`${source} is not an OpenAPI document`);
writeFileSync(target, text);
const sha = createHash("sha256").update(text).digest("hex");
console.log(`vendored ${source} → ${target}\nOpenAPI ${doc.openapi}, ${Object.keys(doc.paths).length} paths, sha256 ${sha}`);
console.log("Update the sha256 line in spec/reference/README.md.");
