#!/usr/bin/env node
// Bundles spec/openapi.yaml and the files it references into one JSON document,
// spec/dist/openapi.json: the contract that @leadping/types is generated from.
// Output is deterministic: component maps are sorted by name and the JSON is
// printed with two-space indentation and a trailing newline.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const specDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(specDir, "dist", "openapi.json");
mkdirSync(dirname(out), { recursive: true });

execFileSync(join(specDir, "node_modules", ".bin", "redocly"), ["bundle", "openapi.yaml", "--output", out, "--ext", "json"], {
  cwd: specDir,
  stdio: ["ignore", "ignore", "pipe"],
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
});

const doc = JSON.parse(readFileSync(out, "utf8"));
const sortKeys = (obj) => Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
for (const section of Object.keys(doc.components ?? {})) doc.components[section] = sortKeys(doc.components[section]);
writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
console.log(
  `bundled spec/openapi.yaml → spec/dist/openapi.json (${Object.keys(doc.paths).length} paths, ${Object.keys(doc.components.schemas).length} schemas)`,
);
