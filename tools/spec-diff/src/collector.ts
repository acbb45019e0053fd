// Collects classified changes: one entry per (rule, pointer, direction), listing every operation that reaches it.
import { rules, type RuleId } from "./rules.js";
import type { Change, Direction } from "./types.js";

export class ChangeCollector {
  readonly #changes = new Map<string, Change>();
  /** Pointers whose raw differences a rule has already explained (e.g. a `required` array). */
  readonly explained = new Set<string>();

  add(rule: RuleId, pointer: string, message: string, context: { direction?: Direction; operation?: string } = {}): void {
    const key = `${rule}\u0000${pointer}\u0000${context.direction ?? ""}`;
    const existing = this.#changes.get(key);
    if (existing) {
      if (context.operation && !existing.operations.includes(context.operation)) existing.operations.push(context.operation);
      return;
    }
    const { severity, bump } = rules[rule];
    const change: Change = { rule, severity, bump, pointer, message, operations: context.operation ? [context.operation] : [] };
    if (context.direction) change.direction = context.direction;
    this.#changes.set(key, change);
  }

  /** Whether any change was recorded at or below this pointer. */
  covers(pointer: string): boolean {
    for (const change of this.#changes.values()) {
      if (pointer === change.pointer || pointer.startsWith(`${change.pointer}/`)) return true;
    }
    for (const explained of this.explained) {
      if (pointer === explained || pointer.startsWith(`${explained}/`)) return true;
    }
    return false;
  }

  list(): Change[] {
    const order = { breaking: 0, warning: 1, "non-breaking": 2 } as const;
    return [...this.#changes.values()]
      .map((change) => ({ ...change, operations: [...change.operations].sort() }))
      .sort((a, b) => order[a.severity] - order[b.severity] || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0) || (a.rule < b.rule ? -1 : 1));
  }
}
