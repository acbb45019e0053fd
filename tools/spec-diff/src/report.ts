// Renders a diff: one line per change for people, JSON for machines, Markdown for changesets.
import { bumpRank } from "./rules.js";
import type { Bump, Change } from "./types.js";

export interface DiffSummary {
  breaking: number;
  warning: number;
  nonBreaking: number;
  /** The smallest bump of the `@leadping/*` group that ships these changes; `none` when nothing changed. */
  requiredBump: Bump | "none";
}

export interface DiffReport {
  base: string;
  head: string;
  summary: DiffSummary;
  changes: Change[];
}

export function summarize(changes: Change[]): DiffSummary {
  let requiredBump: Bump | "none" = "none";
  for (const c of changes) if (bumpRank[c.bump] > bumpRank[requiredBump]) requiredBump = c.bump;
  return {
    breaking: changes.filter((c) => c.severity === "breaking").length,
    warning: changes.filter((c) => c.severity === "warning").length,
    nonBreaking: changes.filter((c) => c.severity === "non-breaking").length,
    requiredBump,
  };
}

const label = { breaking: "BREAKING", warning: "WARNING ", "non-breaking": "ok      " } as const;

/** One line: severity, rule, JSON pointer, direction, message and the operations it reaches. */
export function formatChange(change: Change): string {
  const where = change.direction ? ` (${change.direction})` : "";
  const ops =
    change.operations.length > 0
      ? ` [${change.operations.length > 3 ? `${change.operations.slice(0, 3).join(", ")}, +${change.operations.length - 3} more` : change.operations.join(", ")}]`
      : "";
  return `${label[change.severity]} ${change.rule.padEnd(34)} ${change.pointer || "/"}${where}: ${change.message}${ops}`;
}

export function summaryLine(summary: DiffSummary): string {
  return `${summary.breaking} breaking, ${summary.warning} warning(s), ${summary.nonBreaking} non-breaking → requires ${summary.requiredBump === "none" ? "no" : `a ${summary.requiredBump}`} bump`;
}

export function formatText(report: DiffReport): string {
  const lines = [`Contract diff ${report.base} → ${report.head}`, ...report.changes.map(formatChange), summaryLine(report.summary)];
  return `${lines.join("\n")}\n`;
}

export function formatJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The changeset body: a short account per change, so it lands in every package's CHANGELOG. */
export function formatMarkdown(report: DiffReport, limit = 50): string {
  const { summary } = report;
  const lines = [
    `Contract changes since ${report.base}: ${summary.breaking} breaking, ${summary.warning} warning(s), ${summary.nonBreaking} non-breaking.`,
    "",
  ];
  const shown = report.changes.filter((c) => c.rule !== "doc-changed").slice(0, limit);
  for (const c of shown) {
    const tag = c.severity === "breaking" ? "**Breaking:** " : c.severity === "warning" ? "**Warning:** " : "";
    lines.push(`- ${tag}${c.message}${c.direction ? ` (${c.direction})` : ""} — \`${c.pointer || "/"}\``);
  }
  const docs = report.changes.filter((c) => c.rule === "doc-changed").length;
  const hidden = report.changes.length - shown.length - docs;
  if (hidden > 0) lines.push(`- …and ${hidden} more (run \`pnpm spec:diff\`)`);
  if (docs > 0) lines.push(`- Documentation updated in ${docs} place(s).`);
  return `${lines.join("\n")}\n`;
}
