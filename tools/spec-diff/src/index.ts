// Public entry of @leadping/spec-diff: the differ, its rules, the reports and the release gate.
export { diffSpecs } from "./diff.js";
export { assertOpenApi3, UnsupportedDocumentError } from "./openapi-version.js";
export { rules, bumpRank, maxBump, type RuleId } from "./rules.js";
export type { Bump, Change, Direction, Severity, Json, JsonObject } from "./types.js";
export {
  summarize,
  formatChange,
  formatText,
  formatJson,
  formatMarkdown,
  summaryLine,
  type DiffReport,
  type DiffSummary,
} from "./report.js";
export { evaluateGate, appliedBump, type GateInput, type GateResult } from "./gate.js";
export {
  parseChangeset,
  readPendingChangesets,
  groupBump,
  fixedGroup,
  matchesPattern,
  publicGroupPackages,
  writeContractChangeset,
  contractChangesetFile,
  type PendingChangeset,
  type ReleaseType,
} from "./changesets.js";
export {
  findLastRelease,
  explicitBase,
  baseContract,
  emptyContract,
  changelogVersions,
  compareVersions,
  contractPath,
  type ReleaseBase,
} from "./release-base.js";
export { changedSinceRelease } from "./changed-files.js";
export { checkReleaseTypeTests, repointImports, type TypeTestError, type TypeTestResult } from "./type-tests.js";
export { contractDiff, workingContractPath, type ContractDiffOptions } from "./contract-diff.js";
export { runDiff, runGate, runChangeset, resolveBase } from "./commands.js";
