// Compares two versions of a schema in one direction. A request schema may widen but not narrow;
// a response schema may narrow but not widen. A schema reached from both gets judged twice.
import type { ChangeCollector } from "./collector.js";
import { childPointer, jsonKey } from "./pointer.js";
import type { RuleId } from "./rules.js";
import { shapeOf, type SchemaRef, type Shape } from "./schema-shape.js";
import type { Direction, Json } from "./types.js";

/** Where a schema comparison happens and what it reports to. */
export interface SchemaContext {
  base: Json;
  head: Json;
  collector: ChangeCollector;
  direction: Direction;
  /** `METHOD /path` of the operation being walked, if any. */
  operation?: string;
  /** Component pointers reached while walking, per document. */
  reached?: { base: Set<string>; head: Set<string> };
}

const upperBounds = ["maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum"] as const;
const lowerBounds = ["minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum"] as const;
const understood = ["$ref", "type", "nullable", "format", "enum", "const", "oneOf", "anyOf", "allOf", "required", "pattern", "readOnly", "writeOnly", ...upperBounds, ...lowerBounds];

function pick(direction: Direction, request: RuleId, response: RuleId): RuleId {
  return direction === "request" ? request : response;
}

/** `integer` values are numbers too, so integer → number widens and number → integer narrows. */
function typeDelta(base: Set<string>, head: Set<string>): { added: string[]; removed: string[] } {
  const covers = (set: Set<string>, t: string): boolean => set.has(t) || (t === "integer" && set.has("number"));
  return { added: [...head].filter((t) => !covers(base, t)), removed: [...base].filter((t) => !covers(head, t)) };
}

const describeTypes = (types: Set<string> | null): string => (types ? [...types].sort().join(" | ") || "nothing" : "any");

/** Compares two schemas; `inProgress` stops recursion through cyclic `$ref`s. */
export function compareSchema(ctx: SchemaContext, baseRef: SchemaRef, headRef: SchemaRef, inProgress = new Set<string>()): void {
  const base = shapeOf(ctx.base, baseRef.node, baseRef.at);
  const head = shapeOf(ctx.head, headRef.node, headRef.at);
  if (base.ref) ctx.reached?.base.add(base.ref);
  if (head.ref) ctx.reached?.head.add(head.ref);
  // Keywords this walker understands are explained by the visit, even when it found nothing
  // (e.g. `type: [x, "null"]` rewritten as `oneOf: [x, { type: "null" }]` is no change).
  for (const at of new Set([baseRef.at, headRef.at, base.at, head.at, base.nullAt, head.nullAt])) {
    for (const keyword of understood) ctx.collector.explained.add(childPointer(at, keyword));
  }
  const key = `${base.at}|${head.at}`;
  if (inProgress.has(key)) return;
  const nested = new Set(inProgress).add(key);
  const report = (rule: RuleId, pointer: string, message: string): void => {
    const context: { direction: Direction; operation?: string } = { direction: ctx.direction };
    if (ctx.operation) context.operation = ctx.operation;
    ctx.collector.add(rule, pointer, message, context);
  };

  if (!compareTypes(base, head, ctx.direction, report)) return;
  compareNullability(base, head, ctx.direction, report);
  compareFormat(base, head, ctx.direction, report);
  compareEnum(base, head, ctx.direction, report);
  compareConstraints(base, head, ctx.direction, report);
  compareProperties(ctx, base, head, report, nested);
  if (base.items && head.items) compareSchema(ctx, base.items, head.items, nested);
  if (base.additionalProperties && head.additionalProperties) compareSchema(ctx, base.additionalProperties, head.additionalProperties, nested);
  compareVariants(ctx, base, head, report, nested);
}

type Report = (rule: RuleId, pointer: string, message: string) => void;

/** Returns false when the types are unrelated, so comparing deeper would only add noise. */
function compareTypes(base: Shape, head: Shape, direction: Direction, report: Report): boolean {
  if ((base.variants === null) !== (head.variants === null)) {
    report("type-changed", head.at, `type changed from ${base.variants ? "one of several schemas" : describeTypes(base.types)} to ${head.variants ? "one of several schemas" : describeTypes(head.types)}`);
    return false;
  }
  if (base.types === null && head.types === null) return true;
  if (base.types === null || head.types === null) {
    const widened = head.types === null;
    report(widened ? pick(direction, "request-type-widened", "response-type-widened") : pick(direction, "request-type-narrowed", "response-type-narrowed"), head.at, `type changed from ${describeTypes(base.types)} to ${describeTypes(head.types)}`);
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

function compareNullability(base: Shape, head: Shape, direction: Direction, report: Report): void {
  if (base.nullable && !head.nullable) report(pick(direction, "request-nullable-removed", "response-nullable-removed"), base.nullAt, "no longer nullable");
  if (!base.nullable && head.nullable) report(pick(direction, "request-nullable-added", "response-nullable-added"), head.nullAt, "became nullable");
}

function compareFormat(base: Shape, head: Shape, direction: Direction, report: Report): void {
  const before = typeof base.node.format === "string" ? base.node.format : undefined;
  const after = typeof head.node.format === "string" ? head.node.format : undefined;
  if (before === after) return;
  if (before !== undefined && after !== undefined) report("format-changed", childPointer(head.at, "format"), `format changed from ${before} to ${after}`);
  else if (after !== undefined) report(pick(direction, "request-format-added", "response-format-added"), childPointer(head.at, "format"), `format ${after} added`);
  else report(pick(direction, "request-format-removed", "response-format-removed"), childPointer(base.at, "format"), `format ${before} removed`);
}

function compareEnum(base: Shape, head: Shape, direction: Direction, report: Report): void {
  const keyword = (s: Shape): string => childPointer(s.at, Array.isArray(s.node.enum) ? "enum" : "const");
  if (base.enumValues === null && head.enumValues === null) return;
  if (base.enumValues === null) {
    report(pick(direction, "request-enum-added", "response-enum-added"), keyword(head), `restricted to ${head.enumValues?.map((v) => JSON.stringify(v)).join(", ")}`);
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
  if (added.length > 0) report(pick(direction, "request-enum-value-added", "response-enum-value-added"), keyword(head), `enum value${added.length > 1 ? "s" : ""} ${added.join(", ")} added`);
  if (removed.length > 0) report(pick(direction, "request-enum-value-removed", "response-enum-value-removed"), keyword(head), `enum value${removed.length > 1 ? "s" : ""} ${removed.join(", ")} removed`);
}

function compareConstraints(base: Shape, head: Shape, direction: Direction, report: Report): void {
  const num = (s: Shape, k: string): number | undefined => (typeof s.node[k] === "number" ? s.node[k] : undefined);
  const narrowed = pick(direction, "request-constraint-narrowed", "response-constraint-narrowed");
  const widened = pick(direction, "request-constraint-widened", "response-constraint-widened");
  const check = (keywordName: string, tighter: boolean | undefined, before: unknown, after: unknown): void => {
    if (tighter === undefined) return;
    const pointer = childPointer(after === undefined ? base.at : head.at, keywordName);
    report(tighter ? narrowed : widened, pointer, `${keywordName} ${before === undefined ? "added" : after === undefined ? "removed" : "changed"}: ${before === undefined ? "none" : JSON.stringify(before)} → ${after === undefined ? "none" : JSON.stringify(after)}`);
  };
  for (const k of upperBounds) {
    const [b, h] = [num(base, k), num(head, k)];
    if (b !== h) check(k, h !== undefined && (b === undefined || h < b), b, h);
  }
  for (const k of lowerBounds) {
    const [b, h] = [num(base, k), num(head, k)];
    if (b !== h) check(k, h !== undefined && (b === undefined || h > b), b, h);
  }
  const [bp, hp] = [base.node.pattern, head.node.pattern];
  // A changed pattern may reject values the old one accepted: count it as narrowing.
  if (bp !== hp) check("pattern", hp !== undefined, bp, hp);
}

function visible(direction: Direction, prop: SchemaRef): boolean {
  return direction === "request" ? prop.node.readOnly !== true : prop.node.writeOnly !== true;
}

function compareProperties(ctx: SchemaContext, base: Shape, head: Shape, report: Report, inProgress: Set<string>): void {
  const direction = ctx.direction;
  const field = direction === "request" ? "request field" : "response field";
  for (const at of [...base.requiredAt, ...head.requiredAt]) ctx.collector.explained.add(at);
  for (const [name, before] of base.properties) {
    if (!visible(direction, before)) continue;
    const after = head.properties.get(name);
    if (!after || !visible(direction, after)) {
      report(pick(direction, "request-property-removed", "response-property-removed"), before.at, `${field} \`${name}\` removed`);
      continue;
    }
    const [wasRequired, isRequired] = [base.required.has(name), head.required.has(name)];
    if (!wasRequired && isRequired) report(pick(direction, "request-property-became-required", "response-property-became-required"), after.at, `${field} \`${name}\` became required`);
    if (wasRequired && !isRequired) report(pick(direction, "request-property-became-optional", "response-property-became-optional"), after.at, `${field} \`${name}\` became optional`);
    compareSchema(ctx, before, after, inProgress);
  }
  for (const [name, after] of head.properties) {
    if (!visible(direction, after) || (base.properties.has(name) && visible(direction, base.properties.get(name)!))) continue;
    const required = head.required.has(name);
    const rule = direction === "response" ? "response-property-added" : required ? "request-property-added-required" : "request-property-added";
    report(rule, after.at, `${required ? "required" : "optional"} ${field} \`${name}\` added`);
  }
}

function compareVariants(ctx: SchemaContext, base: Shape, head: Shape, report: Report, inProgress: Set<string>): void {
  if (!base.variants || !head.variants) return;
  const headLeft = [...head.variants];
  const identity = (s: SchemaRef): string => (s.at.startsWith("/components/") ? s.at : jsonKey(s.node));
  for (const [i, before] of base.variants.entries()) {
    let j = headLeft.findIndex((after) => identity(after) === identity(before));
    if (j < 0 && headLeft.length > 0 && !identity(before).startsWith("/components/")) j = headLeft.findIndex((after) => !identity(after).startsWith("/components/") && base.variants!.length === head.variants!.length && head.variants!.indexOf(after) === i);
    if (j < 0) {
      report(pick(ctx.direction, "request-type-narrowed", "response-type-narrowed"), before.at, "a oneOf/anyOf variant was removed");
      continue;
    }
    const [after] = headLeft.splice(j, 1);
    compareSchema(ctx, before, after!, inProgress);
  }
  for (const after of headLeft) report(pick(ctx.direction, "request-type-widened", "response-type-widened"), after.at, "a oneOf/anyOf variant was added");
}
