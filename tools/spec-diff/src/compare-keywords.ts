// The per-keyword comparisons of two schema shapes: types, nullability, format, enum/const and default.
// Each reports the rule for the walk's direction (see compare-schema.ts).
import { childPointer, jsonKey } from "./pointer.js";
import type { RuleId } from "./rules.js";
import type { Shape } from "./schema-shape.js";
import type { Direction } from "./types.js";

export type Report = (rule: RuleId, pointer: string, message: string) => void;

export function pick(direction: Direction, request: RuleId, response: RuleId): RuleId {
  return direction === "request" ? request : response;
}

/** `integer` values are numbers too, so integer → number widens and number → integer narrows. */
function typeDelta(base: Set<string>, head: Set<string>): { added: string[]; removed: string[] } {
  const covers = (set: Set<string>, t: string): boolean => set.has(t) || (t === "integer" && set.has("number"));
  return { added: [...head].filter((t) => !covers(base, t)), removed: [...base].filter((t) => !covers(head, t)) };
}

const describeTypes = (types: Set<string> | null): string => (types ? [...types].sort().join(" | ") || "nothing" : "any");

/** Returns false when the types are unrelated, so comparing deeper would only add noise. */
export function compareTypes(base: Shape, head: Shape, direction: Direction, report: Report): boolean {
  if ((base.variants === null) !== (head.variants === null)) {
    report(
      "type-changed",
      head.at,
      `type changed from ${base.variants ? "one of several schemas" : describeTypes(base.types)} to ${head.variants ? "one of several schemas" : describeTypes(head.types)}`,
    );
    return false;
  }
  if (base.types === null && head.types === null) return true;
  if (base.types === null || head.types === null) {
    const widened = head.types === null;
    report(
      widened
        ? pick(direction, "request-type-widened", "response-type-widened")
        : pick(direction, "request-type-narrowed", "response-type-narrowed"),
      head.at,
      `type changed from ${describeTypes(base.types)} to ${describeTypes(head.types)}`,
    );
    return true;
  }
  const { added, removed } = typeDelta(base.types, head.types);
  const message = `type changed from ${describeTypes(base.types)} to ${describeTypes(head.types)}`;
  if (added.length > 0 && removed.length > 0) {
    report("type-changed", head.at, message);
    return false;
  }
  if (added.length > 0) report(pick(direction, "request-type-widened", "response-type-widened"), head.at, message);
  if (removed.length > 0) report(pick(direction, "request-type-narrowed", "response-type-narrowed"), head.at, message);
  return true;
}

export function compareNullability(base: Shape, head: Shape, direction: Direction, report: Report): void {
  if (base.nullable && !head.nullable)
    report(pick(direction, "request-nullable-removed", "response-nullable-removed"), base.nullAt, "no longer nullable");
  if (!base.nullable && head.nullable)
    report(pick(direction, "request-nullable-added", "response-nullable-added"), head.nullAt, "became nullable");
}

export function compareFormat(base: Shape, head: Shape, direction: Direction, report: Report): void {
  const before = typeof base.node.format === "string" ? base.node.format : undefined;
  const after = typeof head.node.format === "string" ? head.node.format : undefined;
  if (before === after) return;
  if (before !== undefined && after !== undefined)
    report("format-changed", childPointer(head.where("format"), "format"), `format changed from ${before} to ${after}`);
  else if (after !== undefined)
    report(
      pick(direction, "request-format-added", "response-format-added"),
      childPointer(head.where("format"), "format"),
      `format ${after} added`,
    );
  else
    report(
      pick(direction, "request-format-removed", "response-format-removed"),
      childPointer(base.where("format"), "format"),
      `format ${before} removed`,
    );
}

export function compareEnum(base: Shape, head: Shape, direction: Direction, report: Report): void {
  const keyword = (s: Shape): string => {
    const name = Array.isArray(s.node.enum) ? "enum" : "const";
    return childPointer(s.where(name), name);
  };
  // A constant that changed is a different literal type for every client, whichever way data flows.
  if (
    "const" in base.node &&
    "const" in head.node &&
    jsonKey(base.node.const) !== jsonKey(head.node.const) &&
    !Array.isArray(base.node.enum) &&
    !Array.isArray(head.node.enum)
  ) {
    report("const-changed", keyword(head), `const changed from ${JSON.stringify(base.node.const)} to ${JSON.stringify(head.node.const)}`);
    return;
  }
  if (base.enumValues === null && head.enumValues === null) return;
  if (base.enumValues === null) {
    report(
      pick(direction, "request-enum-added", "response-enum-added"),
      keyword(head),
      `restricted to ${head.enumValues?.map((v) => JSON.stringify(v)).join(", ")}`,
    );
    return;
  }
  if (head.enumValues === null) {
    report(pick(direction, "request-enum-removed", "response-enum-removed"), keyword(base), "no longer restricted to an enum");
    return;
  }
  const before = new Map(base.enumValues.map((v) => [jsonKey(v), v]));
  const after = new Map(head.enumValues.map((v) => [jsonKey(v), v]));
  const added = [...after.keys()].filter((k) => !before.has(k));
  const removed = [...before.keys()].filter((k) => !after.has(k));
  if (added.length > 0)
    report(
      pick(direction, "request-enum-value-added", "response-enum-value-added"),
      keyword(head),
      `enum value${added.length > 1 ? "s" : ""} ${added.join(", ")} added`,
    );
  if (removed.length > 0)
    report(
      pick(direction, "request-enum-value-removed", "response-enum-value-removed"),
      keyword(head),
      `enum value${removed.length > 1 ? "s" : ""} ${removed.join(", ")} removed`,
    );
}

export function compareDefault(base: Shape, head: Shape, report: Report): void {
  if (jsonKey(base.node.default) === jsonKey(head.node.default)) return;
  const at = "default" in head.node ? childPointer(head.where("default"), "default") : childPointer(base.where("default"), "default");
  report("default-changed", at, `default ${JSON.stringify(base.node.default) ?? "none"} → ${JSON.stringify(head.node.default) ?? "none"}`);
}
