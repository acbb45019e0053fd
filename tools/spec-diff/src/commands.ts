// The three jobs of the CLI as functions over a repository, so tests can run them in-process.
import { fixedGroup, publicGroupPackages, readPendingChangesets, writeContractChangeset } from "./changesets.js";
import { changedSinceRelease } from "./changed-files.js";
import { contractDiff, type ContractDiffOptions } from "./contract-diff.js";
import { evaluateGate, type GateResult } from "./gate.js";
import { explicitBase, findLastRelease, type ReleaseBase } from "./release-base.js";
import { formatMarkdown, type DiffReport } from "./report.js";

/** The named base, else the last release. */
export function resolveBase(repoDir: string, ref?: string): ReleaseBase {
  return ref ? explicitBase(repoDir, ref) : findLastRelease(repoDir);
}

/** `spec:diff`: the classified changes between the base and the working contract. */
export function runDiff(repoDir: string, ref?: string, options: ContractDiffOptions = {}): DiffReport {
  return contractDiff(repoDir, resolveBase(repoDir, ref), options);
}

/** The gate of the test command. */
export function runGate(repoDir: string, ref?: string, options: ContractDiffOptions = {}): GateResult {
  const base = resolveBase(repoDir, ref);
  const report = contractDiff(repoDir, base, options);
  return evaluateGate({
    base,
    changes: report.changes,
    changedFiles: changedSinceRelease(repoDir, base.ref),
    changesets: readPendingChangesets(repoDir),
    group: fixedGroup(repoDir),
  });
}

/** `spec:changeset`: writes (or rewrites) .changeset/contract-changes.md from the diff; null when nothing changed. */
export function runChangeset(
  repoDir: string,
  ref?: string,
  options: ContractDiffOptions = {},
): { file: string; report: DiffReport; packages: string[] } | { file: null; report: DiffReport } {
  const report = runDiff(repoDir, ref, options);
  if (report.summary.requiredBump === "none") return { file: null, report };
  const packages = publicGroupPackages(repoDir, fixedGroup(repoDir));
  return { file: writeContractChangeset(repoDir, packages, report.summary.requiredBump, formatMarkdown(report)), report, packages };
}
