// Wires the pieces for one repository: base contract from git, working contract from spec/dist,
// the differ and the type-level check.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diffSpecs } from "./diff.js";
import { baseContract, type ReleaseBase } from "./release-base.js";
import { summarize, type DiffReport } from "./report.js";
import { rules } from "./rules.js";
import { checkReleaseTypeTests } from "./type-tests.js";
import type { Change, Json } from "./types.js";

/** The bundled working contract: `pnpm --filter @leadping/spec build` writes it from spec/. */
export const workingContractPath = "spec/dist/openapi.json";

export interface ContractDiffOptions {
  /** Compile the base release's type tests against the working types. @default true */
  typeTests?: boolean;
  /** Read the working contract from this file instead of spec/dist/openapi.json. @default undefined */
  headFile?: string;
  /** Read the base contract from this file instead of git (e.g. the openapi.json of a published tarball). @default undefined */
  baseFile?: string;
}

export function readJsonFile(path: string, missingHint: string): Json {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${missingHint}`);
  return JSON.parse(readFileSync(path, "utf8")) as Json;
}

export function contractDiff(repoDir: string, base: ReleaseBase, options: ContractDiffOptions = {}): DiffReport {
  const head = readJsonFile(
    options.headFile ?? join(repoDir, workingContractPath),
    "bundle the spec first: `pnpm --filter @leadping/spec build` (`pnpm spec:diff` does it for you).",
  );
  const before = options.baseFile ? readJsonFile(options.baseFile, "pass an existing file to --base-file") : baseContract(repoDir, base);
  const changes: Change[] = diffSpecs(before, head, {
    base: options.baseFile ?? `the contract of ${base.label}`,
    head: options.headFile ?? workingContractPath,
  });
  if (options.typeTests !== false && base.ref !== null && !options.baseFile) {
    const { errors } = checkReleaseTypeTests(repoDir, base.ref);
    const { severity, bump } = rules["type-test-failed"];
    for (const e of errors)
      changes.unshift({
        rule: "type-test-failed",
        severity,
        bump,
        pointer: "",
        message: `${e.file}:${e.line} (from ${base.label}) no longer compiles: ${e.message}`,
        operations: [],
      });
  }
  return { base: options.baseFile ?? base.label, head: options.headFile ?? workingContractPath, summary: summarize(changes), changes };
}
