// One page of the lead list, read from the indexes: the walk starts at the cursor's position in
// the order's index and stops once the page is full, so a page costs the page (plus the rows a
// filter skips), not the store. Only `includeCount` visits every lead.
import type { StoredLead, LeadState } from "../store.js";
import { SORTABLE_FIELDS, type SortableField } from "./lead-index.js";
import { type OrderPosition, type SortKey, compareKeys, compareValues } from "./order.js";

export interface LeadPageQuery {
  /** The explicit order; empty for the default, newest first. */
  keys: readonly (SortKey & { field: SortableField })[];
  /** The position of the last row of the previous page. */
  cursor: OrderPosition | null;
  pageSize: number;
  /** Every filter of the query (archive, tags, search, exact and range filters). */
  accept: (lead: StoredLead) => boolean;
  /** When a filter narrows to a known, small set of leads (a tag index), only those are considered. */
  candidates: ReadonlySet<StoredLead> | null;
  includeCount: boolean;
}

export interface LeadPage {
  leads: StoredLead[];
  /** The position of the last lead, when more follow. */
  next: OrderPosition | null;
  totalCount: number | null;
}

export function positionOf(lead: StoredLead, keys: LeadPageQuery["keys"]): OrderPosition {
  return { key: keys.map((k) => SORTABLE_FIELDS[k.field](lead)), seq: lead.seq };
}

export function leadPage(state: LeadState, query: LeadPageQuery): LeadPage {
  const leads: StoredLead[] = [];
  const source = query.candidates ? walkSorted([...query.candidates], query) : walkIndex(state, query);
  for (const lead of source) {
    if (!query.accept(lead)) continue;
    leads.push(lead);
    if (leads.length > query.pageSize) break;
  }
  const more = leads.length > query.pageSize;
  if (more) leads.pop();
  let totalCount: number | null = null;
  if (query.includeCount) {
    totalCount = 0;
    for (const lead of query.candidates ?? state.leadsById.values()) if (query.accept(lead)) totalCount++;
  }
  const last = leads[leads.length - 1];
  return { leads, next: more && last ? positionOf(last, query.keys) : null, totalCount };
}

/** A small candidate set: sorted whole, then read from the cursor on. */
function* walkSorted(leads: StoredLead[], query: LeadPageQuery): Generator<StoredLead> {
  const positions = leads.map((lead) => ({ lead, ...positionOf(lead, query.keys) }));
  positions.sort((a, b) => compareKeys(a, b, query.keys));
  for (const p of positions) if (!query.cursor || compareKeys(p, query.cursor, query.keys) > 0) yield p.lead;
}

/** Leads in the query's order after its cursor, from the order's index. */
function* walkIndex(state: LeadState, query: LeadPageQuery): Generator<StoredLead> {
  const { keys, cursor } = query;
  if (keys.length === 0) {
    // Newest first: creation order backwards, from just before the cursor's lead.
    const bySeq = state.leadsInCreationOrder();
    for (let i = cursor ? seqLowerBound(bySeq, cursor.seq) - 1 : bySeq.length - 1; i >= 0; i--) yield bySeq[i]!;
    return;
  }
  const index = state.sortIndex(keys[0]!.field);
  const { entries } = index;
  const runEnd = (key: unknown) => index.lowerBound({ key, lead: { seq: Infinity } });
  // Ties on the first key are ordered by the remaining keys, then by creation order. Only the
  // run holding the cursor needs it; every later run lies wholly after it.
  const run = function* (start: number, end: number, first: boolean): Generator<StoredLead> {
    if (keys.length === 1) {
      const inCursorRun = first && cursor !== null && compareValues(entries[start]!.key, cursor.key[0]) === 0;
      const from = inCursorRun ? index.lowerBound({ key: cursor.key[0], lead: { seq: cursor.seq + 0.5 } }) : start;
      for (let i = from; i < end; i++) yield entries[i]!.lead;
      return;
    }
    const group = entries.slice(start, end).map((e) => ({ lead: e.lead, ...positionOf(e.lead, keys) }));
    group.sort((a, b) => compareKeys(a, b, keys));
    for (const p of group) if (!first || !cursor || compareKeys(p, cursor, keys) > 0) yield p.lead;
  };
  if (!keys[0]!.descending) {
    let start = cursor ? index.firstAtOrAfter(cursor.key[0]) : 0;
    for (let first = true; start < entries.length; first = false) {
      const end = runEnd(entries[start]!.key);
      yield* run(start, end, first);
      start = end;
    }
    return;
  }
  // Descending: runs from the largest key down, each run in creation order.
  let end = cursor ? runEnd(cursor.key[0]) : entries.length;
  for (let first = true; end > 0; first = false) {
    const start = index.firstAtOrAfter(entries[end - 1]!.key);
    yield* run(start, end, first);
    end = start;
  }
}

function seqLowerBound(leads: readonly StoredLead[], seq: number): number {
  let lo = 0;
  let hi = leads.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (leads[mid]!.seq < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
