// One page of a per-lead or organization list: exact-match filters, order, search and an offset cursor.
import type { RequestDataOptions } from "@leadping/types";
import type { FieldErrors } from "../validation.js";
import { type HandlerResult, invalid, ok } from "./context.js";

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
  const offset = options.continuationToken ? decodeOffset(options.continuationToken) : 0;
  if (offset === null || offset > selected.length) errors["continuationToken"] = ["is not a continuation token of this list"];
  if (Object.keys(errors).length > 0) return invalid("The list query is invalid.", errors);
  const pageSize = options.pageSize ?? 25;
  const start = offset ?? 0;
  const end = start + pageSize;
  return ok({
    items: selected.slice(start, end),
    pageSize,
    totalCount: options.includeCount ? selected.length : null,
    continuationToken: end < selected.length ? Buffer.from(`o:${end}`).toString("base64url") : null,
  });
}

function decodeOffset(token: string): number | null {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  return match ? Number(match[1]) : null;
}
