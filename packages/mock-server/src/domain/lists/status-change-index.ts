// The organization's status changes by id and newest first (by timestamp, then id), kept up to
// date on every write, so finding one is a lookup and a page starts at its cursor's row.
import type { LeadStatusChangeResponse } from "@leadping/types";
import type { OrderedRows } from "./paging.js";

export class StatusChangeIndex {
  private readonly byId = new Map<string, LeadStatusChangeResponse>();
  /** Oldest first by (timestamp, id); read backwards for newest first. */
  private readonly ordered: LeadStatusChangeResponse[] = [];

  clear(): void {
    this.byId.clear();
    this.ordered.length = 0;
  }

  get(id: string): LeadStatusChangeResponse | undefined {
    return this.byId.get(id);
  }

  insert(change: LeadStatusChangeResponse): void {
    this.byId.set(change.id, change);
    this.ordered.splice(this.lowerBound(change), 0, change);
  }

  remove(change: LeadStatusChangeResponse): void {
    if (this.byId.get(change.id) !== change) return;
    this.byId.delete(change.id);
    const at = this.lowerBound(change);
    if (this.ordered[at] === change) this.ordered.splice(at, 1);
  }

  /** Newest first, as the lists of the real API are. */
  newestFirst(): OrderedRows<LeadStatusChangeResponse> {
    const { ordered } = this;
    const n = ordered.length;
    return {
      length: n,
      at: (i) => ordered[n - 1 - i]!,
      positionOf: (id) => {
        const change = this.byId.get(id);
        if (!change) return -1;
        const at = this.lowerBound(change);
        return ordered[at] === change ? n - 1 - at : -1;
      },
    };
  }

  private lowerBound(change: LeadStatusChangeResponse): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(this.ordered[mid]!, change) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function compare(a: LeadStatusChangeResponse, b: LeadStatusChangeResponse): number {
  return a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
