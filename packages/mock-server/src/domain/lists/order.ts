// Ordering and the keyset cursor of the lead list. The default order is newest first;
// creation order breaks every tie, so the order is total and paging is stable.
import type { OrderByOption } from "@leadping/types";

export interface SortKey {
  field: string;
  descending: boolean;
}

/** A row's position in the order: its sort values and its creation sequence. */
export interface OrderPosition {
  key: unknown[];
  seq: number;
}

export function compareKeys(a: OrderPosition, b: OrderPosition, keys: readonly SortKey[]): number {
  for (let i = 0; i < keys.length; i++) {
    const c = compareValues(a.key[i], b.key[i]);
    if (c !== 0) return keys[i]!.descending ? -c : c;
  }
  // No explicit order: newest first. Explicit order: creation order breaks ties.
  return keys.length === 0 ? b.seq - a.seq : a.seq - b.seq;
}

/** Nulls sort last; numbers numerically; everything else as text, case-insensitively. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = typeof a === "string" ? a.toLowerCase() : JSON.stringify(a);
  const sb = typeof b === "string" ? b.toLowerCase() : JSON.stringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Opaque token: the last row's position plus the order it belongs to. */
export function encodeCursor(position: OrderPosition, order: readonly OrderByOption[]): string {
  return Buffer.from(JSON.stringify({ k: position.key, s: position.seq, o: orderSignature(order) })).toString("base64url");
}

/** The position a token encodes, or `undefined` when it is not a token of this order. */
export function decodeCursor(token: string, order: readonly OrderByOption[]): OrderPosition | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { k?: unknown; s?: unknown; o?: unknown };
    if (!Array.isArray(parsed.k) || typeof parsed.s !== "number" || parsed.o !== orderSignature(order)) return undefined;
    if (parsed.k.length !== order.length) return undefined;
    return { key: parsed.k, seq: parsed.s };
  } catch {
    return undefined;
  }
}

function orderSignature(order: readonly OrderByOption[]): string {
  return order.map((o) => `${o.field}:${o.direction ?? "asc"}`).join(",");
}
