// Diffs two bundled OpenAPI documents into a list of classified changes.
import { ChangeCollector } from "./collector.js";
import { compareOperations } from "./compare-operations.js";
import { compareSchema, type Reached } from "./compare-schema.js";
import { compareServers } from "./compare-servers.js";
import { compareWebhooks } from "./compare-webhooks.js";
import { dirtySchemas } from "./dirty-schemas.js";
import { assertOpenApi3 } from "./openapi-version.js";
import { childPointer, forgetRefTargets, isObject, jsonKey } from "./pointer.js";
import { docPointer, rawDiff } from "./raw-diff.js";
import { forgetShapes } from "./schema-shape.js";
import type { Change, Json, JsonObject } from "./types.js";

/**
 * Classifies every difference between `base` (the last release) and `head` (the working contract).
 * Throws UnsupportedDocumentError when either is not an OpenAPI 3.x document.
 */
export function diffSpecs(
  baseDoc: Json,
  headDoc: Json,
  labels: { base: string; head: string } = { base: "base document", head: "head document" },
): Change[] {
  const base = assertOpenApi3(baseDoc, labels.base);
  const head = assertOpenApi3(headDoc, labels.head);
  forgetRefTargets(base);
  forgetRefTargets(head);
  forgetShapes(base);
  forgetShapes(head);
  const raw = rawDiff(base, head);
  const collector = new ChangeCollector(raw);
  collector.dirtySchemas = dirtySchemas(base, head, (pointer) => collector.isHot(pointer));
  const reached: Reached = { base: new Set(), head: new Set(), viaAllOf: new Map() };
  compareOperations({ base, head, collector, reached });
  compareWebhooks(base, head, collector);
  compareComponents(base, head, collector, reached);
  compareSecuritySchemes(base, head, collector);
  compareServers(collector, base.servers, head.servers, "", "");
  // The version of the format (3.0.3 → 3.1.0) is not a change for clients: the content is compared in both spellings.
  collector.explain("", "openapi");
  // Fail-safe: a raw difference no rule explained is breaking on the request side, a warning elsewhere.
  for (const pointer of raw) {
    const doc = docPointer(pointer);
    // `deprecated: true` on an operation has its own rule; other documentation keywords are doc changes.
    if (doc !== null) {
      if (!collector.hasChangeAt(doc)) collector.add("doc-changed", doc, `documentation changed at ${doc}`);
    } else if (!collector.covers(pointer) && !collector.coversChild(pointer) && !isWholeReusableComponent(pointer)) {
      if (collector.onRequestSide(pointer))
        collector.add(
          "request-unclassified-change",
          pointer,
          "changed on the request side, and no rule explains it (breaking until one does)",
        );
      else collector.add("other-change", pointer, "changed (no specific rule)");
    }
  }
  return collector.list();
}

/**
 * A reusable parameter, response, header... added or removed as a whole matters only where operations use it,
 * and the operations are walked. (A change inside one that operations use is judged there; see the fail-safe.)
 */
function isWholeReusableComponent(pointer: string): boolean {
  return /^\/components\/(parameters|responses|requestBodies|headers|examples|links|callbacks|pathItems)(\/[^/]+)?$/.test(pointer);
}

const schemasOf = (doc: JsonObject): JsonObject =>
  isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};

function compareComponents(base: JsonObject, head: JsonObject, collector: ChangeCollector, reached: Reached): void {
  const [before, after] = [schemasOf(base), schemasOf(head)];
  for (const name of Object.keys(before)) {
    const at = childPointer("/components/schemas", name);
    const [b, h] = [before[name], after[name]];
    if (!isObject(h)) {
      collector.add("schema-removed", at, `schema ${name} removed`);
      continue;
    }
    if (!isObject(b)) continue;
    // Schemas no operation reaches are still exported as types: judge them both ways. Schemas merged into
    // others through `allOf` are judged on their own in the directions they were merged in.
    const reachedAtAll = reached.base.has(at) || reached.head.has(at);
    const directions = reachedAtAll ? [...(reached.viaAllOf.get(at) ?? [])].sort() : (["request", "response"] as const);
    for (const direction of directions) compareSchema({ base, head, collector, direction }, { node: b, at }, { node: h, at });
  }
  for (const name of Object.keys(after))
    if (!(name in before)) collector.add("schema-added", childPointer("/components/schemas", name), `schema ${name} added`);
}

function compareSecuritySchemes(base: JsonObject, head: JsonObject, collector: ChangeCollector): void {
  const of = (doc: JsonObject): JsonObject =>
    isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  const [before, after] = [of(base), of(head)];
  const strip = (scheme: Json | undefined): string =>
    isObject(scheme) ? jsonKey(Object.fromEntries(Object.entries(scheme).filter(([k]) => k !== "description" && !k.startsWith("x-")))) : "";
  for (const name of Object.keys(before)) {
    const at = childPointer("/components/securitySchemes", name);
    if (!(name in after)) collector.add("security-scheme-changed", at, `security scheme ${name} removed`);
    else if (strip(before[name]) !== strip(after[name])) collector.add("security-scheme-changed", at, `security scheme ${name} changed`);
  }
  for (const name of Object.keys(after))
    if (!(name in before))
      collector.add("security-scheme-added", childPointer("/components/securitySchemes", name), `security scheme ${name} added`);
}
