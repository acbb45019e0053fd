// Collects classified changes: one entry per (rule, pointer, direction), listing every operation that reaches it.
// It also records what the walkers looked at, so the structural diff can tell an explained raw difference from
// one no rule accounted for, and on which side (request or response) an unexplained one sits.
import { childPointer, getAt, pointerTokens } from "./pointer.js";
import { rules, type RuleId } from "./rules.js";
import type { Change, Direction, Json, JsonObject } from "./types.js";

/** Bit flags of the directions a node was walked in. */
const directionBit = { request: 1, response: 2 } as const;

export class ChangeCollector {
  /**
   * The raw differences and all their ancestors. Only these pointers can need an explanation or a side, so
   * `explain` and `walk` ignore the rest: on a 1 MB contract that saves recording every keyword of every schema.
   */
  readonly #hot = new Set<string>();
  readonly #changes = new Map<string, Change>();
  /** Pointers that carry at least one change, for O(depth) coverage checks. */
  readonly #changedPointers = new Set<string>();
  /** Pointers whose raw differences a rule has compared (and so explained), e.g. a `required` array. */
  readonly explained = new Set<string>();
  /** Nodes walked as part of a request or a response, with the directions (bit flags). */
  readonly #walked = new Map<string, number>();
  /** Component schemas that may hold a change (see dirty-schemas.ts); null: assume all may. */
  dirtySchemas: Set<string> | null = null;
  /** Finished schema comparisons (by direction and pointers) with the change keys they produced. */
  readonly memo = new Map<string, Set<string>>();
  /** Open recordings of change keys (see `record`), used to replay a memoized comparison for another operation. */
  readonly #recordings: Set<string>[] = [];

  /** @param rawDifferences the pointers where the two documents differ (see raw-diff.ts) */
  constructor(rawDifferences: Iterable<string> = []) {
    for (const pointer of rawDifferences) for (const p of ancestors(pointer)) this.#hot.add(p);
  }

  /** Whether a raw difference sits at or below this pointer. */
  isHot(pointer: string): boolean {
    return this.#hot.has(pointer);
  }

  add(rule: RuleId, pointer: string, message: string, context: { direction?: Direction; operation?: string } = {}): void {
    const key = `${rule}\u0000${pointer}\u0000${context.direction ?? ""}`;
    for (const recording of this.#recordings) recording.add(key);
    const existing = this.#changes.get(key);
    if (existing) {
      if (context.operation && !existing.operations.includes(context.operation)) existing.operations.push(context.operation);
      return;
    }
    const { severity, bump } = rules[rule];
    const change: Change = { rule, severity, bump, pointer, message, operations: context.operation ? [context.operation] : [] };
    if (context.direction) change.direction = context.direction;
    this.#changes.set(key, change);
    this.#changedPointers.add(pointer);
  }

  /** Runs `body` and returns the keys of every change it added (or re-added). */
  record(body: () => void): Set<string> {
    const keys = new Set<string>();
    this.#recordings.push(keys);
    try {
      body();
    } finally {
      this.#recordings.pop();
    }
    return keys;
  }

  /** Lists `operation` on changes recorded earlier (a memoized comparison reached from another operation). */
  replay(keys: Set<string>, operation: string | undefined): void {
    for (const key of keys) {
      for (const recording of this.#recordings) recording.add(key);
      const change = this.#changes.get(key);
      if (change && operation && !change.operations.includes(operation)) change.operations.push(operation);
    }
  }

  /** Marks a whole node as compared (everything under it is explained). */
  explainNode(at: string): void {
    if (this.#hot.has(at)) this.explained.add(at);
  }

  /** Marks the given keywords of a node as compared. */
  explain(at: string, ...keywords: string[]): void {
    if (!this.#hot.has(at)) return;
    for (const keyword of keywords) this.explained.add(childPointer(at, keyword));
  }

  /**
   * Explains container keywords of `node` (written at `at`) that are absent at the same place in the other document:
   * they show up as one whole raw difference (e.g. an inline response vs a `$ref` to the same one), while their
   * content was compared through the resolved nodes.
   */
  explainOneSided(at: string, node: JsonObject, otherDoc: Json, ...keywords: string[]): void {
    if (!this.#hot.has(at)) return;
    for (const k of keywords) if (k in node && getAt(otherDoc, childPointer(at, k)) === undefined) this.explained.add(childPointer(at, k));
  }

  /** Records that the node at `pointer` is part of a request or a response. */
  walk(pointer: string, direction: Direction): void {
    if (!this.#hot.has(pointer)) return;
    this.#walked.set(pointer, (this.#walked.get(pointer) ?? 0) | directionBit[direction]);
  }

  /** Whether the nearest walked node at or above the pointer is part of a request (a shared schema counts). */
  onRequestSide(pointer: string): boolean {
    const chain = ancestors(pointer);
    for (let i = chain.length - 1; i >= 0; i--) {
      const bits = this.#walked.get(chain[i]!);
      if (bits !== undefined) return (bits & directionBit.request) !== 0;
    }
    return false;
  }

  /** Whether a change was recorded at or above this pointer, or a rule compared it. */
  covers(pointer: string): boolean {
    return ancestors(pointer).some((p) => this.#changedPointers.has(p) || this.explained.has(p));
  }

  /** Whether a change was recorded at exactly this pointer. */
  hasChangeAt(pointer: string): boolean {
    return this.#changedPointers.has(pointer);
  }

  /** Whether a change was recorded strictly below this pointer (a whole added or removed subtree). */
  coversChild(pointer: string): boolean {
    const prefix = `${pointer}/`;
    for (const p of this.#changedPointers) if (p.startsWith(prefix)) return true;
    return false;
  }

  list(): Change[] {
    const order = { breaking: 0, warning: 1, "non-breaking": 2 } as const;
    return [...this.#changes.values()]
      .map((change) => ({ ...change, operations: [...change.operations].sort() }))
      .sort(
        (a, b) =>
          order[a.severity] - order[b.severity] ||
          (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0) ||
          (a.rule < b.rule ? -1 : 1),
      );
  }
}

/** The pointer and all its ancestors, root (`""`) included. */
function ancestors(pointer: string): string[] {
  const tokens = pointerTokens(pointer);
  const out = [""];
  let current = "";
  for (const token of tokens) {
    current = childPointer(current, token);
    out.push(current);
  }
  return out;
}
