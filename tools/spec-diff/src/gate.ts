// The release gate: pending changesets must bump the @leadping/* group by at least what the contract
// changes since the last release require, and any change to spec/ or packages/*/src needs a changeset.
import type { PendingChangeset, ReleaseType } from "./changesets.js";
import { groupBump } from "./changesets.js";
import type { ReleaseBase } from "./release-base.js";
import { compareVersions } from "./release-base.js";
import { formatChange, summarize, summaryLine } from "./report.js";
import { bumpRank } from "./rules.js";
import type { Change } from "./types.js";

export interface GateInput {
  base: ReleaseBase;
  /** Classified contract changes since the base, type-test failures included. */
  changes: Change[];
  /** Files under spec/ and packages/*\/src changed since the base. */
  changedFiles: string[];
  changesets: PendingChangeset[];
  /** Patterns of the changesets `fixed` group, e.g. `["@leadping/*"]`. */
  group: string[];
}

export interface GateResult {
  ok: boolean;
  required: ReleaseType;
  provided: ReleaseType;
  /** The full account, printed whether the gate passes or fails. */
  text: string;
}

/** The bump a version applied by `changeset version` but not yet released stands for. */
export function appliedBump(from: string | null, to: string): ReleaseType {
  if (from === null) return "major"; // a first release may introduce anything
  const [a, b] = [from.split("."), to.split(".")];
  if (compareVersions(to, from) <= 0) return "none";
  if (a[0] !== b[0]) return "major";
  return a[1] !== b[1] ? "minor" : "patch";
}

export function evaluateGate(input: GateInput): GateResult {
  const { base, changes, changedFiles, changesets, group } = input;
  const summary = summarize(changes);
  const required: ReleaseType = summary.requiredBump;
  let provided = groupBump(changesets, group);
  const applied = base.pendingVersion ? appliedBump(base.version, base.pendingVersion) : "none";
  if (bumpRank[applied] > bumpRank[provided]) provided = applied;
  const groupName = group.join(", ");
  const sources = [
    ...changesets.map((c) => `${c.file} (${c.releases.map((r) => `${r.name}: ${r.type}`).join(", ") || "empty"})`),
    ...(base.pendingVersion ? [`version ${base.pendingVersion} applied by \`changeset version\` (${applied})`] : []),
  ];
  const lines = [`spec-diff gate: contract ${base.label} → working tree: ${summaryLine(summary)}`];
  lines.push(`pending changesets: ${sources.length > 0 ? sources.join("; ") : "none"} → ${groupName} bump: ${provided}`);
  const problems: string[] = [];

  if (changedFiles.length > 0 && changesets.length === 0 && !base.pendingVersion) {
    const shown = changedFiles.slice(0, 15).map((f) => `  ${f}`);
    if (changedFiles.length > shown.length) shown.push(`  …and ${changedFiles.length - shown.length} more`);
    problems.push(
      `${changedFiles.length} file(s) under spec/ or packages/*/src changed since ${base.label}, but there is no pending changeset:`,
      ...shown,
      "Fix: `pnpm changeset` (or `pnpm spec:changeset` for contract changes; `pnpm changeset --empty` if users are not affected).",
    );
  }
  if (bumpRank[provided] < bumpRank[required]) {
    const needing = changes.filter((c) => bumpRank[c.bump] > bumpRank[provided]);
    problems.push(
      `The contract changes since ${base.label} need a ${required.toUpperCase()} bump of ${groupName}, but the pending changesets give ${provided === "none" ? "no bump" : provided}.`,
      `Changes that require more than ${provided === "none" ? "no bump" : `a ${provided} bump`} (${needing.length}):`,
      ...needing.map((c) => `  ${formatChange(c)}`),
      required === "major"
        ? "Fix: if these breaks are intended, mark the release major (`pnpm spec:changeset` writes a major changeset with this report, or set your changeset to major); otherwise undo them in spec/."
        : `Fix: \`pnpm spec:changeset\` (writes a ${required} changeset with this report) or raise your changeset to ${required}.`,
    );
  }
  const ok = problems.length === 0;
  lines.push(...problems, ok ? "spec-diff gate: OK" : "spec-diff gate: FAILED");
  return { ok, required, provided, text: `${lines.join("\n")}\n` };
}
