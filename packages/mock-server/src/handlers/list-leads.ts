// POST /leads/all/my: one page of leads with search, filters, order and a keyset cursor.
import type { LeadTableRow, RequestDataOptions } from "@leadping/types";
import { tableRowFrom } from "../lead-mapping.js";
import type { FieldErrors } from "../validation.js";
import { type OperationHandler, invalid, ok } from "./context.js";
import { isIdentityFilter, matchesIdentityFilters } from "./lead-identity-filter.js";
import { decodeCursor, encodeCursor, type SortKey, compareKeys, sortKeyOf } from "./list-order.js";

const SEARCHABLE = ["firstName", "lastName", "email", "phone"] as const;
const FILTERABLE = new Set(["id", "firstName", "lastName", "phone", "email", "status", "enabled", "isArchived", "price", "archiveReason"]);
const RANGEABLE = new Set(["createdAt", "updatedAt", "archivedAt", "price"]);

type Row = LeadTableRow & { seq: number };

export const listLeads: OperationHandler = (ctx) => {
  const options = ctx.body as RequestDataOptions;
  const query = ctx.query as { tagIds?: string[]; tagMatchAll: boolean; untagged: boolean; archiveFilter: "active" | "archived" | "all" };
  const errors: FieldErrors = {};

  const searchFields = options.searchFields ?? [...SEARCHABLE];
  searchFields.forEach((field, i) => {
    if (!(SEARCHABLE as readonly string[]).includes(field)) errors[`searchFields[${i}]`] = [`must be one of ${SEARCHABLE.join(", ")}`];
  });
  (options.filters ?? []).forEach((f, i) => {
    if (!FILTERABLE.has(f.field) && !isIdentityFilter(f)) errors[`filters[${i}].field`] = [`cannot filter on ${JSON.stringify(f.field)}`];
  });
  (options.rangeFilters ?? []).forEach((f, i) => {
    if (!RANGEABLE.has(f.field)) errors[`rangeFilters[${i}].field`] = [`cannot range-filter on ${JSON.stringify(f.field)}`];
    for (const bound of ["greaterThan", "greaterThanOrEqual", "lessThan", "lessThanOrEqual"] as const) {
      if (f[bound] !== undefined && f[bound] !== null && toComparable(f.field, f[bound]) === null) {
        errors[`rangeFilters[${i}].${bound}`] = [f.field === "price" ? "must be a number" : "must be a date-time"];
      }
    }
  });
  const order = options.orderBy ?? [];
  const sortError = order.findIndex((o) => sortKeyOf(o.field) === null);
  if (sortError >= 0) errors[`orderBy[${sortError}].field`] = ["is not a sortable field"];
  const cursor = options.continuationToken ? decodeCursor(options.continuationToken, order) : null;
  if (cursor === undefined) errors["continuationToken"] = ["is not a continuation token of this query"];
  if (Object.keys(errors).length > 0) return invalid("The list query is invalid.", errors);

  const needle = options.search?.trim().toLowerCase() ?? "";
  const wantedTags = query.tagIds ?? [];
  let rows: Row[] = [];
  for (const stored of ctx.state.leadsById.values()) {
    const lead = stored.lead;
    if (query.archiveFilter === "active" && lead.isArchived) continue;
    if (query.archiveFilter === "archived" && !lead.isArchived) continue;
    if (query.untagged && stored.tagIds.length > 0) continue;
    if (wantedTags.length > 0) {
      const has = (id: string) => stored.tagIds.includes(id);
      if (query.tagMatchAll ? !wantedTags.every(has) : !wantedTags.some(has)) continue;
    }
    if (!matchesIdentityFilters(lead, options.filters)) continue;
    const row = { ...tableRowFrom(ctx.state.render(stored)), seq: stored.seq };
    if (needle && !matchesSearch(row, searchFields, needle)) continue;
    rows.push(row);
  }
  rows = rows.filter(
    (row) =>
      (options.filters ?? []).every((f) => isIdentityFilter(f) || valueOf(row, f.field) === (f.value ?? null)) &&
      (options.rangeFilters ?? []).every((f) => inRange(row, f)),
  );

  const keys: SortKey[] = order.map((o) => ({ field: o.field, descending: o.direction === "desc" }));
  const keyed = rows.map((row) => ({ row, key: keys.map((k) => sortValueOf(row, k.field)), seq: row.seq }));
  keyed.sort((a, b) => compareKeys(a, b, keys));
  const start = cursor ? keyed.findIndex((entry) => compareKeys(entry, cursor, keys) > 0) : 0;
  const from = start < 0 ? keyed.length : start;
  const pageSize = options.pageSize ?? 25;
  const page = keyed.slice(from, from + pageSize);
  const last = page[page.length - 1];
  const hasMore = from + pageSize < keyed.length;
  return ok({
    items: page.map(({ row: { seq: _seq, ...row } }) => row),
    pageSize,
    totalCount: options.includeCount ? keyed.length : null,
    continuationToken: hasMore && last ? encodeCursor(last, order) : null,
  });
};

function matchesSearch(row: Row, fields: readonly string[], needle: string): boolean {
  const haystack = fields.map((f) => {
    const value = valueOf(row, f);
    return typeof value === "string" ? value.toLowerCase() : "";
  });
  if (haystack.some((text) => text.includes(needle))) return true;
  // "ada lovelace" finds Ada Lovelace.
  return (
    fields.includes("firstName") &&
    fields.includes("lastName") &&
    `${row.firstName ?? ""} ${row.lastName ?? ""}`.toLowerCase().includes(needle)
  );
}

function valueOf(row: Row, field: string): unknown {
  return (row as unknown as Record<string, unknown>)[field] ?? null;
}

/** Price is a decimal string: order it as a number ("8.00" before "10.00"), as the range filters compare it. */
function sortValueOf(row: Row, field: string): unknown {
  return field === "price" ? toComparable(field, valueOf(row, field)) : valueOf(row, field);
}

function toComparable(field: string, value: unknown): number | null {
  if (field === "price") {
    const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
    return Number.isFinite(n) ? n : null;
  }
  if (typeof value !== "string") return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

function inRange(row: Row, f: NonNullable<RequestDataOptions["rangeFilters"]>[number]): boolean {
  const v = toComparable(f.field, valueOf(row, f.field));
  if (v === null) return false;
  const bound = (b: unknown) => (b === undefined || b === null ? null : toComparable(f.field, b));
  const gt = bound(f.greaterThan);
  const gte = bound(f.greaterThanOrEqual);
  const lt = bound(f.lessThan);
  const lte = bound(f.lessThanOrEqual);
  return (gt === null || v > gt) && (gte === null || v >= gte) && (lt === null || v < lt) && (lte === null || v <= lte);
}
