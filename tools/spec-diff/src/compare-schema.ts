// Compares two versions of a schema in one direction. A request schema may widen but not narrow;
// a response schema may narrow but not widen. A schema reached from both gets judged twice.
import type { ChangeCollector } from "./collector.js";
import { compareConstraints, comparedConstraintKeywords } from "./compare-constraints.js";
import { compareSubschemas } from "./compare-subschemas.js";
import { isCleanSchema } from "./dirty-schemas.js";
import { childPointer, getAt, jsonKey } from "./pointer.js";
import { compareDefault, compareEnum, compareFormat, compareNullability, compareTypes, pick, type Report } from "./compare-keywords.js";
import { shapeOf, type SchemaRef, type Shape, type Variant } from "./schema-shape.js";
import type { Direction, Json } from "./types.js";

/** Component schemas reached while walking, per document, and the directions each was merged through `allOf` in. */
export interface Reached {
  base: Set<string>;
  head: Set<string>;
  /** A schema merged into another (`allOf: [{ $ref: Base }]`) is still its own exported type: judged on its own too. */
  viaAllOf: Map<string, Set<Direction>>;
}

/** Where a schema comparison happens and what it reports to. */
export interface SchemaContext {
  base: Json;
  head: Json;
  collector: ChangeCollector;
  direction: Direction;
  /** `METHOD /path` of the operation being walked, if any. */
  operation?: string;
  /** Component schemas reached while walking. */
  reached?: Reached;
}

/** Keywords compared by value whatever it is (leaves: a raw difference inside them is explained). */
const leafKeywords = ["$ref", "type", "nullable", "format", "enum", "const", "default", "required", "readOnly", "writeOnly", "not", "if"];
/** Keywords holding subschemas: walked into when both sides have them, explained whole when only one side does. */
const containerKeywords = ["properties", "items", "prefixItems", "additionalProperties", "then", "else", "oneOf", "anyOf", "allOf"];

/** Marks the keywords this walk compares as explained, at every node whose value the shape actually holds. */
function explainKeywords(ctx: SchemaContext, refs: SchemaRef[], shape: Shape, other: Shape, otherDoc: Json): void {
  const collector = ctx.collector;
  for (const ref of refs) collector.explain(ref.at, "$ref");
  for (const site of shape.branchSites) {
    if (getAt(otherDoc, site) === undefined) collector.explainNode(site);
    else collector.explain(site, "$ref");
  }
  for (const site of shape.nullBranches) collector.explainNode(site);
  for (const source of shape.sources) collector.walk(source.at, ctx.direction);
  let keywords: string[] | undefined;
  for (const source of [shape.wrapper, ...shape.sources]) {
    if (!collector.isHot(source.at)) continue;
    keywords ??= [...leafKeywords, ...comparedConstraintKeywords(shape.node)];
    // An `allOf` branch whose keyword was overridden by a later branch was never compared: leave it unexplained.
    collector.explain(source.at, ...keywords.filter((k) => k in source.node && (k === "required" || source.node[k] === shape.node[k])));
    // A container written here but absent at the same place in the other document shows up as one whole raw
    // difference; its content was compared through the merged shapes (or reported added/removed).
    collector.explain(
      source.at,
      ...containerKeywords.filter((k) => k in source.node && getAt(otherDoc, childPointer(source.at, k)) === undefined),
    );
  }
  // `if` changed: `then`/`else` are covered by the constraint-changed report on `if`.
  if (shape.node.if !== undefined && jsonKey(shape.node.if) !== jsonKey(other.node.if))
    collector.explain(shape.where("then"), "then", "else");
}

/**
 * Compares two schemas. `inProgress` maps the comparisons on the current path to their depth, so cyclic
 * `$ref`s, `allOf`s and `items` stop. Returns the smallest depth a cycle was cut at (Infinity when none):
 * a comparison whose subtree was cut above it is incomplete and is not memoized.
 */
export function compareSchema(ctx: SchemaContext, baseRef: SchemaRef, headRef: SchemaRef, inProgress = new Map<string, number>()): number {
  // The node at a pointer never changes within a diff, so the pointers identify the comparison.
  // The same schema, unchanged with everything it references: nothing to find.
  const dirty = ctx.collector.dirtySchemas;
  if (dirty && baseRef.at === headRef.at && isCleanSchema(baseRef.node, baseRef.at, dirty, (p) => ctx.collector.isHot(p))) return Infinity;
  const key = `${ctx.direction}|${baseRef.at}|${headRef.at}`;
  const cycleDepth = inProgress.get(key);
  if (cycleDepth !== undefined) return cycleDepth;
  const memo = ctx.collector.memo.get(key);
  if (memo) {
    ctx.collector.replay(memo, ctx.operation);
    return Infinity;
  }
  const base = shapeOf(ctx.base, baseRef.node, baseRef.at);
  const head = shapeOf(ctx.head, headRef.node, headRef.at);
  if (ctx.reached) {
    // Schemas merged through `allOf` are reached too (`allOf: [{ $ref: LeadResponse }]` is how most are used).
    for (const [shape, set] of [
      [base, ctx.reached.base],
      [head, ctx.reached.head],
    ] as const) {
      if (shape.ref) set.add(shape.ref);
      for (const source of shape.sources) {
        if (source === shape.sources[0] || !source.at.startsWith("/components/schemas/")) continue;
        set.add(source.at);
        const directions = ctx.reached.viaAllOf.get(source.at) ?? new Set<Direction>();
        ctx.reached.viaAllOf.set(source.at, directions.add(ctx.direction));
      }
    }
  }
  for (const at of [baseRef.at, headRef.at, base.at, head.at, base.nullAt, head.nullAt]) ctx.collector.walk(at, ctx.direction);
  explainKeywords(ctx, [baseRef, headRef], base, head, ctx.head);
  explainKeywords(ctx, [baseRef, headRef], head, base, ctx.base);
  const depth = inProgress.size;
  inProgress.set(key, depth);
  let cut = Infinity;
  const keys = ctx.collector.record(() => {
    cut = compareShapes(ctx, base, head, inProgress);
  });
  inProgress.delete(key);
  if (cut >= depth) ctx.collector.memo.set(key, keys);
  return cut;
}

function compareShapes(ctx: SchemaContext, base: Shape, head: Shape, inProgress: Map<string, number>): number {
  const report: Report = (rule, pointer, message) => {
    const context: { direction: Direction; operation?: string } = { direction: ctx.direction };
    if (ctx.operation) context.operation = ctx.operation;
    ctx.collector.add(rule, pointer, message, context);
  };
  const direction = ctx.direction;
  if (!compareTypes(base, head, direction, report)) return Infinity;
  compareNullability(base, head, direction, report);
  compareFormat(base, head, direction, report);
  compareEnum(base, head, direction, report);
  compareDefault(base, head, report);
  compareConstraints(base, head, (narrowed, pointer, message) =>
    report(
      narrowed
        ? pick(direction, "request-constraint-narrowed", "response-constraint-narrowed")
        : pick(direction, "request-constraint-widened", "response-constraint-widened"),
      pointer,
      message,
    ),
  );
  let cut = compareProperties(ctx, base, head, report, inProgress);
  cut = Math.min(cut, compareSubschemas(ctx, base, head, report, inProgress));
  return Math.min(cut, compareVariants(ctx, base, head, report, inProgress));
}

function visible(direction: Direction, prop: SchemaRef): boolean {
  return direction === "request" ? prop.node.readOnly !== true : prop.node.writeOnly !== true;
}

function compareProperties(ctx: SchemaContext, base: Shape, head: Shape, report: Report, inProgress: Map<string, number>): number {
  const direction = ctx.direction;
  const field = direction === "request" ? "request field" : "response field";
  for (const at of [...base.requiredAt, ...head.requiredAt]) ctx.collector.explainNode(at);
  let cut = Infinity;
  for (const [name, before] of base.properties) {
    const after = head.properties.get(name);
    if (!visible(direction, before)) {
      // Not part of this direction (readOnly in a request, writeOnly in a response): nothing to compare here.
      if (!after || !visible(direction, after)) ctx.collector.explainNode(before.at);
      continue;
    }
    if (!after || !visible(direction, after)) {
      report(pick(direction, "request-property-removed", "response-property-removed"), before.at, `${field} \`${name}\` removed`);
      continue;
    }
    const [wasRequired, isRequired] = [base.required.has(name), head.required.has(name)];
    if (!wasRequired && isRequired)
      report(
        pick(direction, "request-property-became-required", "response-property-became-required"),
        after.at,
        `${field} \`${name}\` became required`,
      );
    if (wasRequired && !isRequired)
      report(
        pick(direction, "request-property-became-optional", "response-property-became-optional"),
        after.at,
        `${field} \`${name}\` became optional`,
      );
    cut = Math.min(cut, compareSchema(ctx, before, after, inProgress));
  }
  for (const [name, after] of head.properties) {
    if (!visible(direction, after)) {
      if (!base.properties.has(name)) ctx.collector.explainNode(after.at);
      continue;
    }
    if (base.properties.has(name) && visible(direction, base.properties.get(name)!)) continue;
    const required = head.required.has(name);
    const rule =
      direction === "response" ? "response-property-added" : required ? "request-property-added-required" : "request-property-added";
    report(rule, after.at, `${required ? "required" : "optional"} ${field} \`${name}\` added`);
  }
  return cut;
}

function compareVariants(ctx: SchemaContext, base: Shape, head: Shape, report: Report, inProgress: Map<string, number>): number {
  if (!base.variants || !head.variants) return Infinity;
  const headLeft = [...head.variants];
  const identity = (s: Variant): string => (s.at.startsWith("/components/") ? s.at : jsonKey(s.node));
  let cut = Infinity;
  for (const [i, before] of base.variants.entries()) {
    let j = headLeft.findIndex((after) => identity(after) === identity(before));
    if (j < 0 && headLeft.length > 0 && !identity(before).startsWith("/components/"))
      j = headLeft.findIndex(
        (after) =>
          !identity(after).startsWith("/components/") &&
          base.variants!.length === head.variants!.length &&
          head.variants!.indexOf(after) === i,
      );
    if (j < 0) {
      report(pick(ctx.direction, "request-type-narrowed", "response-type-narrowed"), before.at, "a oneOf/anyOf variant was removed");
      ctx.collector.explainNode(before.site);
      continue;
    }
    const [after] = headLeft.splice(j, 1);
    cut = Math.min(cut, compareSchema(ctx, before, after!, inProgress));
  }
  for (const after of headLeft) {
    report(pick(ctx.direction, "request-type-widened", "response-type-widened"), after.at, "a oneOf/anyOf variant was added");
    ctx.collector.explainNode(after.site);
  }
  return cut;
}
