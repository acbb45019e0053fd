#!/usr/bin/env node
// Generates @leadping/types from the bundled contract (spec/dist/openapi.json):
//   openapi.json                  – the bundled contract, shipped as @leadping/types/openapi.json
//   src/generated/openapi.gen.ts  – openapi-typescript's output
//   src/generated/operations.gen.ts – the operation table (see scripts/operation-table.mjs)
//   src/generated/operation-index.gen.ts – the operation index: route matching and JSON pointers (scripts/operation-index.mjs)
// With --check nothing is written: the outputs are compared with the committed
// files and any difference fails with the one command that fixes it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { nameSchemas } from "./named-schemas.mjs";
import { operationIndexSource } from "./operation-index.mjs";
import { operationTableSource } from "./operation-table.mjs";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = join(pkgDir, "..", "..");
const bundled = join(repoDir, "spec", "dist", "openapi.json");
const check = process.argv.includes("--check");

if (!existsSync(bundled)) {
  console.error("spec/dist/openapi.json is missing: run `pnpm --filter @leadping/spec build` first (turbo does this for you).");
  process.exit(1);
}
const specText = readFileSync(bundled, "utf8");

const header = `// Generated from spec/ (bundled as packages/types/openapi.json) by packages/types/scripts/generate.mjs. Do not edit.
// Change spec/ and run \`pnpm generate\` instead.
/* eslint-disable */
`;
const spec = JSON.parse(specText);
const ast = nameSchemas(await openapiTS(spec, { alphabetize: true, defaultNonNullable: false }));
const outputs = {
  "openapi.json": specText,
  "src/generated/openapi.gen.ts": header + astToString(ast),
  "src/generated/operations.gen.ts": operationTableSource(spec, header.replace("/* eslint-disable */\n", "")),
  "src/generated/operation-index.gen.ts": operationIndexSource(spec, header.replace("/* eslint-disable */\n", "")),
};

const stale = [];
for (const [file, content] of Object.entries(outputs)) {
  const path = join(pkgDir, file);
  const current = existsSync(path) ? readFileSync(path, "utf8") : null;
  if (current === content) continue;
  if (check) {
    stale.push(relative(repoDir, path));
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`wrote ${relative(repoDir, path)}`);
  }
}
if (stale.length > 0) {
  console.error(`Generated files are out of date with spec/:\n  ${stale.join("\n  ")}\nFix: pnpm generate   (then commit the result)`);
  process.exit(1);
}
if (check) console.log("generated files match spec/ ✓");
