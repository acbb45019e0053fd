// POST /leads/all/my: one page of leads with search, filters, order and a keyset cursor, read
// from the store's indexes (lists/lead-pages.ts). Filters are checked per lead as the walk
// reaches it; a tag filter that names few leads narrows the walk to them (the tag index).
import type { RequestDataOptions } from "@leadping/types";
import type { FieldErrors } from "../../contract/validation.js";
import { tableRowFrom } from "../lead-mapping.js";
import { SORTABLE_FIELDS, type SortableField, isSortableField } from "../lists/lead-index.js";
import { leadPage } from "../lists/lead-pages.js";
import { decodeCursor, encodeCursor } from "../lists/order.js";
import type { LeadState, StoredLead } from "../store.js";
import { type OperationHandler, invalid, ok } from "./context.js";

const SEARCHABLE = ["firstName", "lastName", "email", "phone"] as const;
/** Fields of a list row the exact-match filters read, off the stored lead. */
const FILTERABLE: Record<string, (s: StoredLead) => unknown> = {
  id: SORTABLE_FIELDS.id,
  firstName: SORTABLE_FIELDS.firstName,
  lastName: SORTABLE_FIELDS.lastName,
  phone: SORTABLE_FIELDS.phone,
  email: SORTABLE_FIELDS.email,
  status: SORTABLE_FIELDS.status,
  enabled: SORTABLE_FIELDS.enabled,
  isArchived: SORTABLE_FIELDS.isArchived,
  price: SORTABLE_FIELDS.price,
  archiveReason: (s) => s.lead.archiveReason ?? null,
  // A lead's stable ids, from its metadata: how a sender finds the lead a create may have made
  // before sending it again (the client's exactly-once creates).
  externalId: (s) => s.lead.metadata.externalId ?? null,
  sellerLeadId: (s) => s.lead.metadata.sellerLeadId ?? null,
};
const RANGEABLE: Record<string, (s: StoredLead) => unknown> = {
  createdAt: SORTABLE_FIELDS.createdAt,
  updatedAt: SORTABLE_FIELDS.updatedAt,
  archivedAt: SORTABLE_FIELDS.archivedAt,
  price: SORTABLE_FIELDS.price,
};
/** A tag filter narrows through the tag index when it names at most this share of the store. */
const NARROW_SHARE = 0.25;

type RangeFilter = NonNullable<RequestDataOptions["rangeFilters"]>[number];

export const listLeads: OperationHandler<"Leads_GetAllForCurrentUser"> = (ctx) => {
  const options = ctx.body;
  const query = ctx.query;
  const errors: FieldErrors = {};

  const searchFields = options.searchFields ?? [...SEARCHABLE];
  searchFields.forEach((field, i) => {
    if (!(SEARCHABLE as readonly string[]).includes(field)) errors[`searchFields[${i}]`] = [`must be one of ${SEARCHABLE.join(", ")}`];
  });
  (options.filters ?? []).forEach((f, i) => {
    if (!Object.hasOwn(FILTERABLE, f.field)) errors[`filters[${i}].field`] = [`cannot filter on ${JSON.stringify(f.field)}`];
  });
  (options.rangeFilters ?? []).forEach((f, i) => {
    if (!Object.hasOwn(RANGEABLE, f.field)) errors[`rangeFilters[${i}].field`] = [`cannot range-filter on ${JSON.stringify(f.field)}`];
    for (const bound of ["greaterThan", "greaterThanOrEqual", "lessThan", "lessThanOrEqual"] as const) {
      if (f[bound] !== undefined && f[bound] !== null && toComparable(f.field, f[bound]) === null) {
        errors[`rangeFilters[${i}].${bound}`] = [f.field === "price" ? "must be a number" : "must be a date-time"];
      }
    }
  });
  const order = options.orderBy ?? [];
  const keys: { field: SortableField; descending: boolean }[] = [];
  order.forEach((o, i) => {
    if (isSortableField(o.field)) keys.push({ field: o.field, descending: o.direction === "desc" });
    else if (!Object.keys(errors).some((k) => k.startsWith("orderBy["))) errors[`orderBy[${i}].field`] = ["is not a sortable field"];
  });
  const cursor = options.continuationToken ? decodeCursor(options.continuationToken, order) : null;
  if (cursor === undefined) errors["continuationToken"] = ["is not a continuation token of this query"];
  if (Object.keys(errors).length > 0 || cursor === undefined) return invalid("The list query is invalid.", errors);

  const needle = options.search?.trim().toLowerCase() ?? "";
  const wantedTags = query.tagIds ?? [];
  const tagMatchAll = query.tagMatchAll === true;
  const archiveFilter = query.archiveFilter ?? "active";
  const filters = (options.filters ?? []).map((f) => ({ read: FILTERABLE[f.field]!, value: f.value ?? null }));
  const ranges = (options.rangeFilters ?? []).map((f) => rangeTest(f));
  const accept = (stored: StoredLead): boolean => {
    const lead = stored.lead;
    if (archiveFilter === "active" && lead.isArchived) return false;
    if (archiveFilter === "archived" && !lead.isArchived) return false;
    if (query.untagged === true && stored.tagIds.length > 0) return false;
    if (wantedTags.length > 0) {
      const has = (id: string) => stored.tagIds.includes(id);
      if (tagMatchAll ? !wantedTags.every(has) : !wantedTags.some(has)) return false;
    }
    if (needle && !matchesSearch(stored, searchFields, needle)) return false;
    return filters.every((f) => f.read(stored) === f.value) && ranges.every((inRange) => inRange(stored));
  };

  const page = leadPage(ctx.state, {
    keys,
    cursor,
    pageSize: options.pageSize ?? 25,
    accept,
    candidates: tagCandidates(ctx.state, wantedTags, tagMatchAll),
    includeCount: options.includeCount === true,
  });
  return ok({
    items: page.leads.map((stored) => tableRowFrom(ctx.state.render(stored))),
    pageSize: options.pageSize ?? 25,
    totalCount: page.totalCount,
    continuationToken: page.next ? encodeCursor(page.next, order) : null,
  });
};

/** The leads a tag filter can only come from, when that set is small enough to sort whole; otherwise `null`. */
function tagCandidates(state: LeadState, tagIds: readonly string[], matchAll: boolean): ReadonlySet<StoredLead> | null {
  if (tagIds.length === 0) return null;
  const sets = tagIds.map((id) => state.leadsWithTag(id));
  let candidates: Set<StoredLead>;
  if (matchAll) {
    const [smallest] = [...sets].sort((a, b) => a.size - b.size);
    candidates = new Set(smallest);
  } else {
    candidates = new Set();
    for (const set of sets) for (const lead of set) candidates.add(lead);
  }
  return candidates.size <= state.leadsById.size * NARROW_SHARE ? candidates : null;
}

function searchTextOf(stored: StoredLead): NonNullable<StoredLead["searchText"]> {
  if (!stored.searchText) {
    const c = stored.lead.contact;
    const lower = (v: string | null | undefined) => (v ?? "").toLowerCase();
    stored.searchText = [
      lower(c.firstName),
      lower(c.lastName),
      lower(c.email),
      lower(c.phone?.number),
      `${lower(c.firstName)} ${lower(c.lastName)}`,
    ];
  }
  return stored.searchText;
}

function matchesSearch(stored: StoredLead, fields: readonly string[], needle: string): boolean {
  const [first, last, email, phone, full] = searchTextOf(stored);
  const text: Record<string, string> = { firstName: first, lastName: last, email, phone };
  if (fields.some((f) => text[f]?.includes(needle))) return true;
  // "ada lovelace" finds Ada Lovelace.
  return fields.includes("firstName") && fields.includes("lastName") && full.includes(needle);
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

function rangeTest(f: RangeFilter): (stored: StoredLead) => boolean {
  const read = RANGEABLE[f.field]!;
  const bound = (b: unknown) => (b === undefined || b === null ? null : toComparable(f.field, b));
  const gt = bound(f.greaterThan);
  const gte = bound(f.greaterThanOrEqual);
  const lt = bound(f.lessThan);
  const lte = bound(f.lessThanOrEqual);
  return (stored) => {
    const v = toComparable(f.field, read(stored));
    if (v === null) return false;
    return (gt === null || v > gt) && (gte === null || v >= gte) && (lt === null || v < lt) && (lte === null || v <= lte);
  };
}
