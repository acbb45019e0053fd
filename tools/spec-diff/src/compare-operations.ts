// Compares paths and operations: existence, operationId, security, parameters, request bodies and responses.
import type { ChangeCollector } from "./collector.js";
import { compareRequestBody, compareResponses } from "./compare-messages.js";
import { compareSchema, type Reached, type SchemaContext } from "./compare-schema.js";
import { compareServers } from "./compare-servers.js";
import { childPointer, getAt, isObject, jsonKey, resolve } from "./pointer.js";
import type { Direction, Json, JsonObject } from "./types.js";

export const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

interface Walk {
  base: JsonObject;
  head: JsonObject;
  collector: ChangeCollector;
  reached: Reached;
}

export interface OperationSide {
  doc: JsonObject;
  path: string;
  item: JsonObject;
  op: JsonObject;
  at: string;
}

const templateOf = (path: string): string => path.replace(/\{[^}]+\}/g, "{}");
export const objectAt = (value: Json | undefined): JsonObject => (isObject(value) ? value : {});

/** Pairs each old path with the new one: same text, else same template with renamed path parameters. */
function matchPaths(base: JsonObject, head: JsonObject): { pairs: [string, string][]; removed: string[]; added: string[] } {
  const headLeft = new Set(Object.keys(head));
  const pairs: [string, string][] = [];
  const removed: string[] = [];
  const unmatched = Object.keys(base).filter((p) => {
    if (!headLeft.has(p)) return true;
    pairs.push([p, p]);
    headLeft.delete(p);
    return false;
  });
  for (const p of unmatched) {
    const candidates = [...headLeft].filter((h) => templateOf(h) === templateOf(p));
    if (candidates.length === 1 && candidates[0]) {
      pairs.push([p, candidates[0]]);
      headLeft.delete(candidates[0]);
    } else removed.push(p);
  }
  return { pairs, removed, added: [...headLeft] };
}

export function compareOperations(walk: Walk): void {
  const basePaths = objectAt(walk.base.paths);
  const headPaths = objectAt(walk.head.paths);
  const { pairs, removed, added } = matchPaths(basePaths, headPaths);
  const opsOf = (item: JsonObject) => methods.filter((m) => isObject(item[m]));
  for (const path of removed) {
    for (const m of opsOf(objectAt(basePaths[path])))
      walk.collector.add("operation-removed", childPointer("/paths", path, m), `${m.toUpperCase()} ${path} removed`, {
        operation: `${m.toUpperCase()} ${path}`,
      });
  }
  for (const path of added) {
    for (const m of opsOf(objectAt(headPaths[path])))
      walk.collector.add("operation-added", childPointer("/paths", path, m), `${m.toUpperCase()} ${path} added`, {
        operation: `${m.toUpperCase()} ${path}`,
      });
  }
  for (const [basePath, headPath] of pairs) {
    const baseItem = objectAt(basePaths[basePath]);
    const headItem = objectAt(headPaths[headPath]);
    const [baseItemAt, headItemAt] = [childPointer("/paths", basePath), childPointer("/paths", headPath)];
    // What a path item or an operation declares is part of the request a client builds.
    walk.collector.walk(baseItemAt, "request");
    walk.collector.walk(headItemAt, "request");
    // Parameters are compared by name across the path item and operation levels, wherever they are declared.
    walk.collector.explainOneSided(baseItemAt, baseItem, walk.head, "parameters");
    walk.collector.explainOneSided(headItemAt, headItem, walk.base, "parameters");
    compareServers(walk.collector, baseItem.servers, headItem.servers, baseItemAt, headItemAt);
    for (const m of methods) {
      const label = `${m.toUpperCase()} ${headPath}`;
      const [bo, ho] = [baseItem[m], headItem[m]];
      if (isObject(bo) && !isObject(ho))
        walk.collector.add("operation-removed", childPointer("/paths", basePath, m), `${m.toUpperCase()} ${basePath} removed`, {
          operation: `${m.toUpperCase()} ${basePath}`,
        });
      else if (!isObject(bo) && isObject(ho))
        walk.collector.add("operation-added", childPointer("/paths", headPath, m), `${label} added`, { operation: label });
      else if (isObject(bo) && isObject(ho)) {
        compareOperation(
          walk,
          label,
          { doc: walk.base, path: basePath, item: baseItem, op: bo, at: childPointer("/paths", basePath, m) },
          { doc: walk.head, path: headPath, item: headItem, op: ho, at: childPointer("/paths", headPath, m) },
        );
      }
    }
  }
}

function compareOperation(walk: Walk, label: string, base: OperationSide, head: OperationSide): void {
  const add = (rule: Parameters<ChangeCollector["add"]>[0], pointer: string, message: string): void =>
    walk.collector.add(rule, pointer, message, { operation: label });
  for (const [side, other] of [
    [base, head],
    [head, base],
  ] as const) {
    walk.collector.walk(side.at, "request");
    walk.collector.explain(side.at, "operationId", "security");
    walk.collector.explainOneSided(side.at, side.op, other.doc, "parameters");
  }
  compareServers(walk.collector, base.op.servers, head.op.servers, base.at, head.at, label);
  if (typeof base.op.operationId === "string" && base.op.operationId !== head.op.operationId) {
    add(
      "operation-id-changed",
      childPointer(typeof head.op.operationId === "string" ? head.at : base.at, "operationId"),
      `operationId ${base.op.operationId} → ${typeof head.op.operationId === "string" ? head.op.operationId : "(none)"}`,
    );
  }
  if (base.op.deprecated !== true && head.op.deprecated === true)
    add("operation-deprecated", childPointer(head.at, "deprecated"), `${label} deprecated`);
  compareSecurity(base, head, add);
  const schemas = (direction: Direction): SchemaContext => ({
    base: walk.base,
    head: walk.head,
    collector: walk.collector,
    direction,
    operation: label,
    reached: walk.reached,
  });
  compareParameters(base, head, add, schemas("request"));
  compareRequestBody(base, head, add, schemas("request"));
  compareResponses(base, head, add, schemas("response"));
}

export type Add = (rule: Parameters<ChangeCollector["add"]>[0], pointer: string, message: string) => void;

/** Effective security alternatives: each is the set of `scheme` / `scheme:scope` entries it needs. */
function securityOf(side: OperationSide): Set<string>[] {
  const declared = Array.isArray(side.op.security) ? side.op.security : Array.isArray(side.doc.security) ? side.doc.security : [];
  if (declared.length === 0) return [new Set()];
  return declared
    .filter(isObject)
    .map(
      (req) =>
        new Set(
          Object.entries(req).flatMap(([scheme, scopes]) => [
            scheme,
            ...(Array.isArray(scopes) ? scopes.map((s) => `${scheme}:${JSON.stringify(s)}`) : []),
          ]),
        ),
    );
}

function compareSecurity(base: OperationSide, head: OperationSide, add: Add): void {
  const before = securityOf(base);
  const after = securityOf(head);
  const subset = (a: Set<string>, b: Set<string>): boolean => [...a].every((x) => b.has(x));
  const pointer = childPointer(Array.isArray(head.op.security) ? head.at : Array.isArray(base.op.security) ? base.at : "", "security");
  const describe = (alts: Set<string>[]): string => alts.map((a) => (a.size === 0 ? "none" : [...a].join("+"))).join(" or ");
  // A client that satisfied an old alternative must still satisfy some new one.
  if (before.some((old) => !after.some((alt) => subset(alt, old))))
    add("security-requirement-added", pointer, `security ${describe(before)} → ${describe(after)}`);
  else if (after.some((alt) => !before.some((old) => subset(old, alt))))
    add("security-requirement-removed", pointer, `security ${describe(before)} → ${describe(after)}`);
}

function parametersOf(side: OperationSide, collector: ChangeCollector, otherDoc: Json): Map<string, { node: JsonObject; at: string }> {
  const found = new Map<string, { node: JsonObject; at: string }>();
  const collect = (list: Json | undefined, listAt: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      if (!isObject(entry)) return;
      const r = resolve(side.doc, entry, childPointer(listAt, i));
      const name = typeof r.node.name === "string" ? r.node.name : "";
      const location = typeof r.node.in === "string" ? r.node.in : "";
      found.set(`${location}:${location === "header" ? name.toLowerCase() : name}`, { node: r.node, at: childPointer(listAt, i) });
      for (const at of new Set([childPointer(listAt, i), r.pointer])) {
        collector.walk(at, "request");
        collector.explain(at, "$ref", "name", "in", "required", "style", "explode");
        collector.explainOneSided(at, r.node, otherDoc, "schema");
      }
    });
  };
  collect(side.item.parameters, side.at.replace(/\/[^/]+$/, "/parameters"));
  collect(side.op.parameters, childPointer(side.at, "parameters"));
  return found;
}

function compareParameters(base: OperationSide, head: OperationSide, add: Add, ctx: SchemaContext): void {
  const before = parametersOf(base, ctx.collector, head.doc);
  const after = parametersOf(head, ctx.collector, base.doc);
  const nameOf = (key: string): string => key.replace(":", " parameter `") + "`";
  for (const [key, b] of before) {
    const h = after.get(key);
    if (!h) {
      add("parameter-removed", b.at, `${nameOf(key)} removed`);
      continue;
    }
    // Parameters are matched by name: an unchanged one that moved to a list slot the other document does not have
    // (e.g. from the operation to the path item) is one whole raw difference, explained by the match.
    if (jsonKey(b.node) === jsonKey(h.node)) {
      if (getAt(head.doc, b.at) === undefined) ctx.collector.explainNode(b.at);
      if (getAt(base.doc, h.at) === undefined) ctx.collector.explainNode(h.at);
    }
    const [wasRequired, isRequired] = [b.node.required === true, h.node.required === true];
    if (!wasRequired && isRequired) add("parameter-became-required", h.at, `${nameOf(key)} became required`);
    if (wasRequired && !isRequired) add("parameter-became-optional", h.at, `${nameOf(key)} became optional`);
    if (b.node.style !== h.node.style || b.node.explode !== h.node.explode)
      add("parameter-serialization-changed", h.at, `${nameOf(key)} style/explode changed`);
    if (isObject(b.node.schema) && isObject(h.node.schema)) {
      compareSchema(
        ctx,
        { node: b.node.schema, at: childPointer(resolve(base.doc, b.node, b.at).pointer, "schema") },
        { node: h.node.schema, at: childPointer(resolve(head.doc, h.node, h.at).pointer, "schema") },
      );
    }
  }
  for (const [key, h] of after) {
    if (before.has(key)) continue;
    add(
      h.node.required === true ? "parameter-added-required" : "parameter-added",
      h.at,
      `${h.node.required === true ? "required" : "optional"} ${nameOf(key)} added`,
    );
  }
}
