// Compares the subschema keywords of two shapes: `items` (a schema, or `false`), `prefixItems`,
// `additionalProperties`, `not` and `if`/`then`/`else`. A subschema that appears constrains (narrows),
// one that disappears relaxes (widens), and one present on both sides is walked.
import { pick, type Report } from "./compare-keywords.js";
import { compareSchema, type SchemaContext } from "./compare-schema.js";
import { childPointer, jsonKey } from "./pointer.js";
import type { Shape, Subschema } from "./schema-shape.js";

export function compareSubschemas(ctx: SchemaContext, base: Shape, head: Shape, report: Report, inProgress: Map<string, number>): number {
  const constraint = (narrowed: boolean, pointer: string, message: string): void =>
    report(
      narrowed
        ? pick(ctx.direction, "request-constraint-narrowed", "response-constraint-narrowed")
        : pick(ctx.direction, "request-constraint-widened", "response-constraint-widened"),
      pointer,
      message,
    );
  const at = (keyword: string): string =>
    keyword in head.node ? childPointer(head.where(keyword), keyword) : childPointer(base.where(keyword), keyword);
  let cut = Infinity;

  const pair = (keyword: string, before: Subschema, after: Subschema): void => {
    if (before && after) {
      cut = Math.min(cut, compareSchema(ctx, before, after, inProgress));
      return;
    }
    if (before === after) return; // both absent, or both `false`
    // absent (anything) < schema < false (nothing), in order of what they reject.
    const rank = (s: Subschema): number => (s === null ? 0 : s === false ? 2 : 1);
    constraint(rank(after) > rank(before), at(keyword), `${keyword} ${describe(before)} → ${describe(after)}`);
  };
  pair("items", base.items, head.items);
  pair("additionalProperties", base.additionalProperties, head.additionalProperties);

  const [bp, hp] = [base.prefixItems ?? [], head.prefixItems ?? []];
  for (let i = 0; i < Math.max(bp.length, hp.length); i++) {
    const [b, h] = [bp[i], hp[i]];
    if (b && h) cut = Math.min(cut, compareSchema(ctx, b, h, inProgress));
    else if (h) constraint(true, h.at, `prefixItems[${i}] added`);
    else if (b) constraint(false, b.at, `prefixItems[${i}] removed`);
  }

  // `not` and `if` cannot be walked in one direction (a wider `not` narrows the schema; a different `if`
  // moves which values `then` applies to): a changed one is reported as a change both ways.
  for (const keyword of ["not", "if"] as const) {
    const [b, h] = [base.node[keyword], head.node[keyword]];
    if (jsonKey(b) === jsonKey(h)) continue;
    if (b === undefined) constraint(true, at(keyword), `${keyword} added`);
    else if (h === undefined) constraint(false, at(keyword), `${keyword} removed`);
    else report("constraint-changed", at(keyword), `${keyword} subschema changed`);
  }
  if (jsonKey(base.node.if) === jsonKey(head.node.if)) {
    for (const keyword of ["then", "else"] as const) pair(keyword, subschema(base, keyword), subschema(head, keyword));
  }
  return cut;
}

function subschema(shape: Shape, keyword: string): Subschema {
  const value = shape.node[keyword];
  if (value === false) return false;
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? { node: value, at: childPointer(shape.where(keyword), keyword) }
    : null;
}

const describe = (s: Subschema): string => (s === null ? "absent" : s === false ? "false" : "a schema");
