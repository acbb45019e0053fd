// The mock's in-memory state: leads, the organization's tags and each lead's
// status history. Handlers change it; `MockStore` gives tests read access.
import type { components, LeadResponse, LeadStatusChangeResponse, TagResponse, TagSummary } from "@leadping/types";
import { DEFAULT_LIMITS, type MockLimits } from "../limits.js";
import { SeededRandom, deriveSeed } from "../seed/prng.js";
import { FieldIndex, type SortableField } from "./lists/lead-index.js";
import { StatusChangeIndex } from "./lists/status-change-index.js";

/** A lead as kept in memory: its tags are held by id so renamed tags show their new name. */
export interface StoredLead {
  /** Creation order, the final tie-breaker of every list order. */
  seq: number;
  lead: Omit<LeadResponse, "tags">;
  tagIds: string[];
  /** Lower-cased firstName, lastName, email, phone and "first last", for search; dropped on every write. */
  searchText?: [first: string, last: string, email: string, phone: string, full: string] | undefined;
}

/** Read access to the mock's state, for assertions. Every call returns copies. */
export interface MockStore {
  /** Every lead, oldest first. */
  leads(): LeadResponse[];
  /** One lead, or `undefined`. */
  lead(id: string): LeadResponse | undefined;
  /** Every tag, archived ones included, ordered by name. */
  tags(): TagResponse[];
  /** A lead's status changes, oldest first (empty for unknown leads). */
  statusHistory(leadId: string): LeadStatusChangeResponse[];
  /** The lead status catalog, archived statuses included, in `sortOrder`. */
  leadStatuses(): LeadStatusResponse[];
  /** A lead's recorded events (created, updated, status changed, archived, tagged...), oldest first. */
  leadEvents(leadId: string): EventTableRow[];
}

type Schemas = components["schemas"];
export type LeadStatusResponse = Schemas["LeadStatusResponse"];
export type EventTableRow = Schemas["EventTableRow"];
export type CallEventTableRow = Schemas["CallEventTableRow"];
export type SmsEventTableRow = Schemas["SmsEventTableRow"];
export type ConversationResponse = Schemas["ConversationResponse"];

/** The user the mock acts as; the real API takes it from the credentials. */
export const MOCK_USER_ID = "user_mock";
/** The organization every mock tag belongs to. */
export const MOCK_ORGANIZATION_ID = "org_mock";

/** Normalizes a tag name the way `normalizedName` is defined: trimmed, lower-cased. */
export function normalizeTagName(name: string): string {
  return name.trim().toLowerCase();
}

export class LeadState implements MockStore {
  readonly leadsById = new Map<string, StoredLead>();
  readonly tagsById = new Map<string, TagResponse>();
  readonly historyByLead = new Map<string, LeadStatusChangeResponse[]>();
  readonly leadStatusesById = new Map<string, LeadStatusResponse>();
  /** Per-lead timelines and communications, oldest first; the mock places no calls, so calls, SMS and conversations come from seeding. */
  readonly eventsByLead = new Map<string, EventTableRow[]>();
  readonly callsByLead = new Map<string, CallEventTableRow[]>();
  readonly smsByLead = new Map<string, SmsEventTableRow[]>();
  readonly conversationsByLead = new Map<string, ConversationResponse[]>();
  /** Tag ids by normalized name, so resolving a name does not scan every tag. */
  private readonly tagIdsByName = new Map<string, string>();
  /** Leads oldest first (creation order), for the default list order. */
  private readonly bySeq: StoredLead[] = [];
  /** Sorted indexes by list field, built on first use and then kept up to date. */
  private readonly sortIndexes = new Map<SortableField, FieldIndex>();
  /** The leads carrying each tag. */
  private readonly leadsByTag = new Map<string, Set<StoredLead>>();
  /** Every status change of the organization, by id and in order. */
  readonly statusChanges = new StatusChangeIndex();
  private nextSeq = 1;
  private ids: SeededRandom;

  constructor(
    private readonly seed: number,
    readonly limits: Readonly<Required<MockLimits>> = DEFAULT_LIMITS,
  ) {
    this.ids = new SeededRandom(deriveSeed(seed, "ids"));
  }

  /** Empties everything and restarts the id sequence. */
  clear(): void {
    this.leadsById.clear();
    this.tagsById.clear();
    this.tagIdsByName.clear();
    this.historyByLead.clear();
    this.leadStatusesById.clear();
    this.bySeq.length = 0;
    this.sortIndexes.clear();
    this.leadsByTag.clear();
    this.statusChanges.clear();
    for (const map of [this.eventsByLead, this.callsByLead, this.smsByLead, this.conversationsByLead]) map.clear();
    this.nextSeq = 1;
    this.ids = new SeededRandom(deriveSeed(this.seed, "ids"));
  }

  /** A fresh id such as `lead_3k9x...`, deterministic for a given seed and call order. */
  newId(prefix: string): string {
    for (;;) {
      const id = `${prefix}_${this.ids.token(12)}`;
      if (!this.leadsById.has(id) && !this.tagsById.has(id)) return id;
    }
  }

  insertLead(lead: Omit<LeadResponse, "tags">, tagIds: string[]): StoredLead {
    const stored: StoredLead = { seq: this.nextSeq++, lead, tagIds };
    this.leadsById.set(lead.id, stored);
    this.bySeq.push(stored);
    for (const index of this.sortIndexes.values()) index.insert(stored);
    this.fileTags(stored, [], tagIds);
    return stored;
  }

  /** Replaces a lead's fields (and tags, when given), keeping every index in step. */
  updateLead(stored: StoredLead, lead: Omit<LeadResponse, "tags">, tagIds: string[] = stored.tagIds): void {
    const before = stored.tagIds;
    stored.lead = lead;
    stored.tagIds = tagIds;
    stored.searchText = undefined;
    for (const index of this.sortIndexes.values()) index.update(stored);
    if (before !== tagIds) this.fileTags(stored, before, tagIds);
  }

  /** Removes a lead and everything recorded about it. */
  deleteLead(stored: StoredLead): void {
    this.leadsById.delete(stored.lead.id);
    let lo = 0;
    let hi = this.bySeq.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.bySeq[mid]!.seq < stored.seq) lo = mid + 1;
      else hi = mid;
    }
    if (this.bySeq[lo] === stored) this.bySeq.splice(lo, 1);
    for (const index of this.sortIndexes.values()) index.remove(stored);
    this.fileTags(stored, stored.tagIds, []);
    for (const change of this.historyByLead.get(stored.lead.id) ?? []) this.statusChanges.remove(change);
    for (const map of [this.historyByLead, this.eventsByLead, this.callsByLead, this.smsByLead, this.conversationsByLead] as Map<
      string,
      unknown[]
    >[])
      map.delete(stored.lead.id);
  }

  /** Leads oldest first; not to be changed. */
  leadsInCreationOrder(): readonly StoredLead[] {
    return this.bySeq;
  }

  /** The sorted index of a list field, built now when this is its first use. */
  sortIndex(field: SortableField): FieldIndex {
    let index = this.sortIndexes.get(field);
    if (!index) this.sortIndexes.set(field, (index = new FieldIndex(field, this.bySeq)));
    return index;
  }

  /** The leads carrying a tag; not to be changed. */
  leadsWithTag(tagId: string): ReadonlySet<StoredLead> {
    return this.leadsByTag.get(tagId) ?? NO_LEADS;
  }

  private fileTags(stored: StoredLead, before: readonly string[], after: readonly string[]): void {
    for (const id of before) if (!after.includes(id)) this.leadsByTag.get(id)?.delete(stored);
    for (const id of after) {
      let set = this.leadsByTag.get(id);
      if (!set) this.leadsByTag.set(id, (set = new Set()));
      set.add(stored);
    }
  }

  /** Appends a status change to its lead's history (dropping the oldest beyond the bound) and to the organization's. */
  appendStatusChange(change: LeadStatusChangeResponse): void {
    const history = this.historyByLead.get(change.leadId) ?? [];
    if (history.length === 0) this.historyByLead.set(change.leadId, history);
    history.push(change);
    this.statusChanges.insert(change);
    const max = this.limits.maxStatusChangesPerLead;
    if (history.length > max) for (const dropped of history.splice(0, history.length - max)) this.statusChanges.remove(dropped);
  }

  /** Removes one status change, relinking its neighbours so the chain of superseded changes stays whole. */
  removeStatusChange(change: LeadStatusChangeResponse): void {
    const history = this.historyByLead.get(change.leadId) ?? [];
    const index = history.indexOf(change);
    if (index < 0) return;
    history.splice(index, 1);
    this.statusChanges.remove(change);
    const before = history[index - 1];
    const after = history[index];
    if (before) before.newLeadStatusChangeId = after?.id ?? null;
    if (after)
      Object.assign(after, {
        oldLeadStatusChangeId: before?.id ?? null,
        oldLeadStatusChangeType: before?.type ?? null,
        oldLeadStatusChangeOutcome: before?.outcome ?? null,
      });
  }

  /** Applies a correction to a status change, keeping the organization's order in step. */
  correctStatusChange(change: LeadStatusChangeResponse, fields: Partial<LeadStatusChangeResponse>): void {
    this.statusChanges.remove(change);
    Object.assign(change, fields);
    this.statusChanges.insert(change);
  }

  findTagByName(name: string): TagResponse | undefined {
    const id = this.tagIdsByName.get(normalizeTagName(name));
    return id === undefined ? undefined : this.tagsById.get(id);
  }

  /** Renames a tag, keeping the name index in step. The caller checks the name is free. */
  renameTag(tag: TagResponse, name: string): void {
    if (this.tagIdsByName.get(tag.normalizedName) === tag.id) this.tagIdsByName.delete(tag.normalizedName);
    tag.name = name.trim();
    tag.normalizedName = normalizeTagName(name);
    this.tagIdsByName.set(tag.normalizedName, tag.id);
  }

  /** Why `count` more leads cannot be stored, or `null` when they fit. */
  leadRoomProblem(count: number): string | null {
    const { maxLeads } = this.limits;
    return this.leadsById.size + count > maxLeads ? `The local API keeps at most ${maxLeads} leads; delete some or reset it.` : null;
  }

  /** Why `count` more tags cannot be stored, or `null` when they fit. */
  tagRoomProblem(count: number): string | null {
    const { maxTags } = this.limits;
    return this.tagsById.size + count > maxTags ? `The local API keeps at most ${maxTags} tags (archived ones count).` : null;
  }

  insertTag(name: string, color: string | null, createdAt: string, description: string | null = null): TagResponse {
    const tag: TagResponse = {
      organizationId: MOCK_ORGANIZATION_ID,
      name: name.trim(),
      normalizedName: normalizeTagName(name),
      color,
      description,
      createdByUserId: MOCK_USER_ID,
      isArchived: false,
      archivedAt: null,
      id: this.newId("tag"),
      createdAt,
      modifiedAt: null,
    };
    this.tagsById.set(tag.id, tag);
    this.tagIdsByName.set(tag.normalizedName, tag.id);
    return tag;
  }

  tagSummaries(tagIds: readonly string[]): TagSummary[] {
    const out: TagSummary[] = [];
    for (const id of tagIds) {
      const tag = this.tagsById.get(id);
      if (tag) out.push({ id: tag.id, name: tag.name, normalizedName: tag.normalizedName, color: tag.color ?? null });
    }
    return out;
  }

  /** The lead as the API returns it. */
  render(stored: StoredLead): LeadResponse {
    return { ...stored.lead, tags: this.tagSummaries(stored.tagIds) };
  }

  leads(): LeadResponse[] {
    return [...this.leadsById.values()].sort((a, b) => a.seq - b.seq).map((s) => structuredClone(this.render(s)));
  }

  lead(id: string): LeadResponse | undefined {
    const stored = this.leadsById.get(id);
    return stored ? structuredClone(this.render(stored)) : undefined;
  }

  tags(): TagResponse[] {
    return sortTags([...this.tagsById.values()]).map((t) => structuredClone(t));
  }

  statusHistory(leadId: string): LeadStatusChangeResponse[] {
    return structuredClone(this.historyByLead.get(leadId) ?? []);
  }

  leadStatuses(): LeadStatusResponse[] {
    return structuredClone([...this.leadStatusesById.values()].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0)));
  }

  leadEvents(leadId: string): EventTableRow[] {
    return structuredClone(this.eventsByLead.get(leadId) ?? []);
  }

  /** Appends to a per-lead list such as `eventsByLead`; when it then holds more than `max` items, the oldest are dropped. */
  append<T>(map: Map<string, T[]>, leadId: string, item: T, max = Number.POSITIVE_INFINITY): void {
    const list = map.get(leadId);
    if (!list) return void map.set(leadId, [item]);
    list.push(item);
    if (list.length > max) list.splice(0, list.length - max);
  }
}

const NO_LEADS: ReadonlySet<StoredLead> = new Set();

/** Orders tags by name (then id), independent of locale. */
export function sortTags(tags: TagResponse[]): TagResponse[] {
  return tags.sort((a, b) => compareText(a.normalizedName, b.normalizedName) || compareText(a.id, b.id));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
