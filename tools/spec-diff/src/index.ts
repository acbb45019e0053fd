// Public entry of @leadping/spec-diff: the differ, its rules, the reports and the release gate.
export { diffSpecs } from "./diff.js";
export { rules, bumpRank, maxBump, type RuleId } from "./rules.js";
export type { Bump, Change, Direction, Severity, Json, JsonObject } from "./types.js";
export { summarize, formatChange, formatText, formatJson, formatMarkdown, summaryLine, type DiffReport, type DiffSummary } from "./report.js";
