// One page of a per-lead or organization list: exact-match filters, order, search and a cursor that
// names the last row it returned, so rows added to the front (newest first) neither repeat nor skip.
import type { RequestDataOptions } from "@leadping/types";
import type { FieldErrors } from "../contract/validation.js";
import { type HandlerResult, invalid, ok } from "./operations/context.js";

/** Text of a scalar cell for search and ordering; objects and arrays have none. */
function textOf(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

/** Pages `rows` (already in their default order) as `RequestDataOptions` asks. */
export function pageOf<T extends object>(rows: readonly T[], options: RequestDataOptions): HandlerResult {
  const errors: FieldErrors = {};
  const field = (row: T, name: string): unknown => (Object.hasOwn(row, name) ? Reflect.get(row, name) : null) ?? null;
  const needle = options.search?.trim().toLowerCase() ?? "";
  let selected = rows.filter(
    (row) =>
      (options.filters ?? []).every((f) => field(row, f.field) === (f.value ?? null)) &&
      (!needle || (options.searchFields ?? Object.keys(row)).some((name) => textOf(field(row, name)).toLowerCase().includes(needle))),
  );
  for (const [i, f] of (options.rangeFilters ?? []).entries())
    errors[`rangeFilters[${i}]`] = [`range filters are not supported on this list (${f.field})`];
  const order = options.orderBy ?? [];
  if (order.length > 0) {
    selected = [...selected].sort((a, b) => {
      for (const o of order) {
        const [x, y] = [field(a, o.field), field(b, o.field)];
        const c = x === y ? 0 : x === null ? 1 : y === null ? -1 : textOf(x) < textOf(y) ? -1 : 1;
        if (c !== 0) return o.direction === "desc" ? -c : c;
      }
      return 0;
    });
  }
  const cursor = options.continuationToken ? decodeCursor(options.continuationToken) : { offset: 0, afterId: "" };
  if (cursor === null || cursor.offset > selected.length) errors["continuationToken"] = ["is not a continuation token of this list"];
  if (Object.keys(errors).length > 0) return invalid("The list query is invalid.", errors);
  const pageSize = options.pageSize ?? 25;
  // After the row the last page ended with, wherever it is now; only when it is gone, at its old position.
  const anchor = cursor!.afterId ? selected.findIndex((row) => idOf(row) === cursor!.afterId) : -1;
  const start = anchor >= 0 ? anchor + 1 : cursor!.offset;
  const end = start + pageSize;
  const last = selected[Math.min(end, selected.length) - 1];
  return ok({
    items: selected.slice(start, end),
    pageSize,
    totalCount: options.includeCount ? selected.length : null,
    continuationToken: end < selected.length ? Buffer.from(`k:${end}:${last ? idOf(last) : ""}`).toString("base64url") : null,
  });
}

function idOf(row: object): string {
  const id: unknown = Reflect.get(row, "id");
  return typeof id === "string" ? id : "";
}

function decodeCursor(token: string): { offset: number; afterId: string } | null {
  const match = /^k:(\d{1,9}):(.*)$/s.exec(Buffer.from(token, "base64url").toString("utf8"));
  return match ? { offset: Number(match[1]), afterId: match[2]! } : null;
}
