// Compares the headers of one response: removed / added, required ↔ optional, and each header's schema
// (judged as response data: a header whose type changed breaks clients that read it).
import { compareSchema, type SchemaContext } from "./compare-schema.js";
import type { Add } from "./compare-operations.js";
import { childPointer, isObject, resolve } from "./pointer.js";
import type { Json, JsonObject } from "./types.js";

export function compareHeaders(
  before: JsonObject,
  after: JsonObject,
  baseAt: string,
  headAt: string,
  code: string,
  add: Add,
  ctx: SchemaContext,
): void {
  const byName = (headers: JsonObject, doc: Json, at: string) => {
    const out = new Map<string, { name: string; node: JsonObject; at: string }>();
    for (const [name, header] of Object.entries(headers)) {
      if (!isObject(header)) continue;
      const r = resolve(doc, header, childPointer(at, name));
      for (const p of new Set([childPointer(at, name), r.pointer])) {
        ctx.collector.walk(p, "response");
        ctx.collector.explain(p, "$ref", "required");
        ctx.collector.explainOneSided(p, r.node, doc === ctx.base ? ctx.head : ctx.base, "schema");
      }
      out.set(name.toLowerCase(), { name, node: r.node, at: r.pointer });
    }
    return out;
  };
  const [b, h] = [byName(before, ctx.base, baseAt), byName(after, ctx.head, headAt)];
  for (const [key, old] of b) {
    const now = h.get(key);
    if (!now) {
      add("response-header-removed", childPointer(baseAt, old.name), `${code} response header ${old.name} removed`);
      continue;
    }
    const [wasRequired, isRequired] = [old.node.required === true, now.node.required === true];
    if (wasRequired && !isRequired)
      add("response-header-became-optional", childPointer(now.at, "required"), `${code} response header ${now.name} became optional`);
    if (!wasRequired && isRequired)
      add("response-header-became-required", childPointer(now.at, "required"), `${code} response header ${now.name} became required`);
    if (isObject(old.node.schema) && isObject(now.node.schema))
      compareSchema(
        ctx,
        { node: old.node.schema, at: childPointer(old.at, "schema") },
        { node: now.node.schema, at: childPointer(now.at, "schema") },
      );
    else if (isObject(old.node.schema) !== isObject(now.node.schema))
      add(
        isObject(now.node.schema) ? "response-type-narrowed" : "response-type-widened",
        childPointer(isObject(now.node.schema) ? now.at : old.at, "schema"),
        `${code} response header ${now.name} schema ${isObject(now.node.schema) ? "added" : "removed"}`,
      );
  }
  for (const [key, now] of h)
    if (!b.has(key)) add("response-header-added", childPointer(headAt, now.name), `${code} response header ${now.name} added`);
}
