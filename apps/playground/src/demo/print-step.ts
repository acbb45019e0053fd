// Turns a tour step's report into the lines `pnpm demo` prints: the step,
// each HTTP exchange (method, path, status, duration) and what changed.
import type { Exchange } from "../shared/exchange-recorder.js";
import { formatFieldValue, type FieldChange } from "../shared/field-changes.js";
import type { StepReport } from "./tour.js";

/** Most changed fields printed per step; the rest are counted. */
export const maxPrintedChanges = 12;

const reasons: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

/** One exchange as `POST   /leads   201 Created   2.1 ms`. */
export function formatExchange(exchange: Exchange): string {
  const status =
    exchange.status === null
      ? `failed (${exchange.failure ?? "no response"})`
      : `${exchange.status} ${reasons[exchange.status] ?? ""}`.trim();
  return `${exchange.method.padEnd(6)} ${exchange.path.padEnd(44)} ${status.padEnd(22)} ${exchange.durationMs.toFixed(1).padStart(7)} ms`;
}

/** One change as `+ path = value`, `- path (was value)` or `~ path: before → after`. */
export function formatChange(change: FieldChange): string {
  if (change.before === undefined || change.before === null) return `+ ${change.path} = ${formatFieldValue(change.after)}`;
  if (change.after === undefined || change.after === null) return `- ${change.path} (was ${formatFieldValue(change.before)})`;
  return `~ ${change.path}: ${formatFieldValue(change.before)} → ${formatFieldValue(change.after)}`;
}

/** All lines for one step. */
export function stepLines(report: StepReport, index: number, total: number): string[] {
  const lines = [`[${index}/${total}] ${report.name} — ${report.summary}`];
  for (const exchange of report.exchanges) lines.push(`      ${formatExchange(exchange)}`);
  if (report.changes.length > 0) {
    lines.push(`      changed ${report.changes.length} field${report.changes.length === 1 ? "" : "s"}:`);
    for (const change of report.changes.slice(0, maxPrintedChanges)) lines.push(`        ${formatChange(change)}`);
    if (report.changes.length > maxPrintedChanges) lines.push(`        … and ${report.changes.length - maxPrintedChanges} more`);
  }
  return lines;
}
