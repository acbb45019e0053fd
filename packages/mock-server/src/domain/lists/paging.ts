// One page of a per-lead or organization-wide list: exact-match filters, search, order and a
// cursor that names the last row it returned, so rows added to the front (newest first) neither
// repeat nor skip. In the default order the walk starts at the cursor's row and stops once the
// page is full; an explicit order sorts the (filtered) list first.
import type { RequestDataOptions } from "@leadping/types";
import type { FieldErrors } from "../../contract/validation.js";
import { type Refusal, invalid, ok } from "../operations/context.js";

/** A list in its default order, newest first, readable by position. */
export interface OrderedRows<T> {
  readonly length: number;
  at(i: number): T;
  /** Where the row with this id is now, or -1 when it is gone. */
  positionOf(id: string): number;
}

/** A short list (a lead's events, calls, SMS) held oldest first, read newest first. */
export function newestFirst<T extends object>(oldestFirst: readonly T[]): OrderedRows<T> {
  const n = oldestFirst.length;
  return {
    length: n,
    at: (i) => oldestFirst[n - 1 - i]!,
    positionOf: (id) => {
      for (let i = n - 1; i >= 0; i--) if (idOf(oldestFirst[i]!) === id) return n - 1 - i;
      return -1;
    },
  };
}

/** Text of a scalar cell for search and ordering; objects and arrays have none. */
function textOf(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

export interface Page<T> {
  items: T[];
  pageSize: number;
  totalCount: number | null;
  continuationToken: string | null;
}

/** Pages `rows` as `RequestDataOptions` asks. */
export function pageOf<T extends object>(rows: OrderedRows<T>, options: RequestDataOptions): { status: 200; body: Page<T> } | Refusal {
  const errors: FieldErrors = {};
  const field = (row: T, name: string): unknown => (Object.hasOwn(row, name) ? Reflect.get(row, name) : null) ?? null;
  const needle = options.search?.trim().toLowerCase() ?? "";
  const filters = options.filters ?? [];
  const accept = (row: T) =>
    filters.every((f) => field(row, f.field) === (f.value ?? null)) &&
    (!needle || (options.searchFields ?? Object.keys(row)).some((name) => textOf(field(row, name)).toLowerCase().includes(needle)));
  for (const [i, f] of (options.rangeFilters ?? []).entries())
    errors[`rangeFilters[${i}]`] = [`range filters are not supported on this list (${f.field})`];
  const cursor = options.continuationToken ? decodeCursor(options.continuationToken) : { offset: 0, afterId: "" };
  if (cursor === null) errors["continuationToken"] = ["is not a continuation token of this list"];
  if (Object.keys(errors).length > 0 || cursor === null) return invalid("The list query is invalid.", errors);

  const order = options.orderBy ?? [];
  const source = order.length === 0 ? rows : sortedRows(rows, accept, order, field);
  const pageSize = options.pageSize ?? 25;
  // After the row the last page ended with, wherever it is now; only when it is gone, at its old position.
  const anchor = cursor.afterId ? source.positionOf(cursor.afterId) : -1;
  const items: T[] = [];
  let offset = cursor.offset;
  let i = anchor >= 0 ? anchor + 1 : 0;
  let skipped = anchor >= 0 ? offset : 0;
  for (; i < source.length && items.length <= pageSize; i++) {
    const row = source.at(i);
    if (!accept(row)) continue;
    if (skipped < offset) {
      skipped++;
      continue;
    }
    items.push(row);
  }
  const more = items.length > pageSize;
  if (more) items.pop();
  offset += items.length;
  if (anchor < 0 && cursor.offset > skipped)
    return invalid("The list query is invalid.", { continuationToken: ["is not a continuation token of this list"] });
  let totalCount: number | null = null;
  if (options.includeCount) {
    totalCount = 0;
    for (let j = 0; j < source.length; j++) if (accept(source.at(j))) totalCount++;
  }
  const last = items[items.length - 1];
  return ok({
    items,
    pageSize,
    totalCount,
    continuationToken: more && last ? Buffer.from(`k:${offset}:${idOf(last)}`).toString("base64url") : null,
  });
}

function sortedRows<T extends object>(
  rows: OrderedRows<T>,
  accept: (row: T) => boolean,
  order: NonNullable<RequestDataOptions["orderBy"]>,
  field: (row: T, name: string) => unknown,
): OrderedRows<T> {
  const selected: T[] = [];
  for (let i = 0; i < rows.length; i++) if (accept(rows.at(i))) selected.push(rows.at(i));
  selected.sort((a, b) => {
    for (const o of order) {
      const [x, y] = [field(a, o.field), field(b, o.field)];
      const c = x === y ? 0 : x === null ? 1 : y === null ? -1 : textOf(x) < textOf(y) ? -1 : 1;
      if (c !== 0) return o.direction === "desc" ? -c : c;
    }
    return 0;
  });
  return { length: selected.length, at: (i) => selected[i]!, positionOf: (id) => selected.findIndex((row) => idOf(row) === id) };
}

function idOf(row: object): string {
  const id: unknown = Reflect.get(row, "id");
  return typeof id === "string" ? id : "";
}

function decodeCursor(token: string): { offset: number; afterId: string } | null {
  const match = /^k:(\d{1,9}):(.*)$/s.exec(Buffer.from(token, "base64url").toString("utf8"));
  return match ? { offset: Number(match[1]), afterId: match[2]! } : null;
}
