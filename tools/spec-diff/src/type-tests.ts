// Type-level check: the type tests of the last release (packages/types/test/*.test-d.ts at the base ref)
// must still compile against the working types. They are copied into a temp dir inside packages/types,
// so `vitest` and the types resolve as they did, with their relative imports re-pointed at the originals.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, posix, relative } from "node:path";
import { git, showFile } from "./git.js";

const testDir = "packages/types/test";

export interface TypeTestError {
  /** The release's test file, e.g. `packages/types/test/types.test-d.ts`. */
  file: string;
  line: number;
  message: string;
}

export interface TypeTestResult {
  /** The test files of the release that were compiled. */
  files: string[];
  errors: TypeTestError[];
}

/** Rewrites relative import specifiers of a file moved from `fromDir` to `toDir` (both repo-relative). */
export function repointImports(source: string, fromDir: string, toDir: string): string {
  return source.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.\.?\/[^"']+)\2/g,
    (_all, lead: string, quote: string, specifier: string) => {
      let moved = posix.relative(toDir, posix.join(fromDir, specifier));
      if (!moved.startsWith(".")) moved = `./${moved}`;
      return `${lead}${quote}${moved}${quote}`;
    },
  );
}

function tscPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
}

/** Compiles the release's type tests against the working tree's @leadping/types. */
export function checkReleaseTypeTests(repoDir: string, ref: string): TypeTestResult {
  const files = git(repoDir, ["ls-tree", "-r", "--name-only", ref, "--", `${testDir}/`])
    .split("\n")
    .filter((f) => f.endsWith(".test-d.ts"));
  if (files.length === 0) return { files, errors: [] };
  const workDir = `packages/types/.tmp/release-type-tests-${process.pid}-${Date.now().toString(36)}`;
  const absolute = join(repoDir, workDir);
  mkdirSync(absolute, { recursive: true });
  try {
    for (const file of files) {
      const source = showFile(repoDir, ref, file) ?? "";
      writeFileSync(join(absolute, posix.basename(file)), repointImports(source, posix.dirname(file), workDir));
    }
    writeFileSync(
      join(absolute, "tsconfig.json"),
      JSON.stringify({ extends: "../../tsconfig.json", compilerOptions: { noEmit: true, incremental: false }, include: ["*.ts"] }, null, 2),
    );
    let output = "";
    try {
      execFileSync(process.execPath, [tscPath(), "-p", join(absolute, "tsconfig.json"), "--pretty", "false"], {
        cwd: absolute,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      output = `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
      if (output.trim() === "") throw new Error("tsc failed without output while compiling the release's type tests", { cause: error });
    }
    const errors: TypeTestError[] = [];
    for (const line of output.split("\n")) {
      const m = /^(.*?)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line.trim());
      if (!m) continue;
      const name = posix.basename(m[1]!.replaceAll("\\", "/"));
      const original = files.find((f) => posix.basename(f) === name) ?? relative(repoDir, m[1]!);
      errors.push({ file: original, line: Number(m[2]), message: m[3]! });
    }
    if (output.trim() !== "" && errors.length === 0) throw new Error(`tsc failed on the release's type tests:\n${output}`);
    return { files, errors };
  } finally {
    rmSync(absolute, { recursive: true, force: true });
  }
}
