// Sorted indexes of the leads, one per field the lead list can order by, kept up to date on
// every write once built. An index is built the first time a list asks for its order, so a
// store that is only written to (or only listed newest first) pays nothing for it.
import { toNumber } from "../numbers.js";
import type { StoredLead } from "../store.js";
import { compareValues } from "./order.js";

/** The fields `POST /leads/all/my` can order by, with how to read each off a stored lead. */
export const SORTABLE_FIELDS = {
  id: (s: StoredLead) => s.lead.id,
  firstName: (s: StoredLead) => s.lead.contact.firstName ?? null,
  lastName: (s: StoredLead) => s.lead.contact.lastName ?? null,
  email: (s: StoredLead) => s.lead.contact.email ?? null,
  phone: (s: StoredLead) => s.lead.contact.phone?.number ?? null,
  createdAt: (s: StoredLead) => s.lead.createdAt,
  updatedAt: (s: StoredLead) => s.lead.modifiedAt ?? s.lead.createdAt,
  status: (s: StoredLead) => s.lead.currentDisposition?.displayName ?? null,
  // A decimal string orders as a number ("8.00" before "10.00"), as the range filters compare it.
  price: (s: StoredLead) => toNumber(s.lead.metadata.price) ?? null,
  enabled: (s: StoredLead) => s.lead.enabled,
  isArchived: (s: StoredLead) => s.lead.isArchived,
  archivedAt: (s: StoredLead) => s.lead.archivedAt ?? null,
} as const satisfies Record<string, (s: StoredLead) => unknown>;

export type SortableField = keyof typeof SORTABLE_FIELDS;

export function isSortableField(field: string): field is SortableField {
  return Object.hasOwn(SORTABLE_FIELDS, field);
}

interface Entry {
  key: unknown;
  lead: StoredLead;
}

/** Entries ordered by (key ascending, nulls last; then creation order). */
export class FieldIndex {
  readonly entries: Entry[];
  private readonly keyOf: (s: StoredLead) => unknown;
  /** The key each lead was filed under, to find it again when it changes. */
  private readonly filed = new Map<StoredLead, unknown>();

  constructor(
    readonly field: SortableField,
    leads: Iterable<StoredLead>,
  ) {
    this.keyOf = SORTABLE_FIELDS[field];
    this.entries = [];
    for (const lead of leads) {
      const key = this.keyOf(lead);
      this.entries.push({ key, lead });
      this.filed.set(lead, key);
    }
    this.entries.sort(compareEntries);
  }

  insert(lead: StoredLead): void {
    const entry = { key: this.keyOf(lead), lead };
    this.entries.splice(this.lowerBound(entry), 0, entry);
    this.filed.set(lead, entry.key);
  }

  remove(lead: StoredLead): void {
    if (!this.filed.has(lead)) return;
    const at = this.lowerBound({ key: this.filed.get(lead), lead });
    if (this.entries[at]?.lead === lead) this.entries.splice(at, 1);
    this.filed.delete(lead);
  }

  /** Re-files a lead whose fields changed; nothing moves when its key did not. */
  update(lead: StoredLead): void {
    if (compareValues(this.filed.get(lead), this.keyOf(lead)) === 0 && this.filed.has(lead)) return;
    this.remove(lead);
    this.insert(lead);
  }

  /** The first position whose entry is not before `entry`. */
  lowerBound(entry: { key: unknown; lead: { seq: number } }): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareEntries(this.entries[mid]!, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first position whose key is not before `key` (ties by creation order from the oldest). */
  firstAtOrAfter(key: unknown): number {
    return this.lowerBound({ key, lead: { seq: -Infinity } });
  }
}

function compareEntries(a: { key: unknown; lead: { seq: number } }, b: { key: unknown; lead: { seq: number } }): number {
  return compareValues(a.key, b.key) || a.lead.seq - b.lead.seq;
}
