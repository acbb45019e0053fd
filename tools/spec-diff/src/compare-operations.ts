// Compares paths and operations: existence, operationId, security, parameters, request bodies and responses.
import type { ChangeCollector } from "./collector.js";
import { compareSchema, type SchemaContext } from "./compare-schema.js";
import { childPointer, isObject, resolve } from "./pointer.js";
import type { Direction, Json, JsonObject } from "./types.js";

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

interface Walk {
  base: JsonObject;
  head: JsonObject;
  collector: ChangeCollector;
  reached: { base: Set<string>; head: Set<string> };
}

interface OperationSide {
  doc: JsonObject;
  path: string;
  item: JsonObject;
  op: JsonObject;
  at: string;
}

const templateOf = (path: string): string => path.replace(/\{[^}]+\}/g, "{}");
const objectAt = (value: Json | undefined): JsonObject => (isObject(value) ? value : {});

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
    for (const m of opsOf(objectAt(basePaths[path]))) walk.collector.add("operation-removed", childPointer("/paths", path, m), `${m.toUpperCase()} ${path} removed`, { operation: `${m.toUpperCase()} ${path}` });
  }
  for (const path of added) {
    for (const m of opsOf(objectAt(headPaths[path]))) walk.collector.add("operation-added", childPointer("/paths", path, m), `${m.toUpperCase()} ${path} added`, { operation: `${m.toUpperCase()} ${path}` });
  }
  for (const [basePath, headPath] of pairs) {
    const baseItem = objectAt(basePaths[basePath]);
    const headItem = objectAt(headPaths[headPath]);
    for (const m of methods) {
      const label = `${m.toUpperCase()} ${headPath}`;
      const [bo, ho] = [baseItem[m], headItem[m]];
      if (isObject(bo) && !isObject(ho)) walk.collector.add("operation-removed", childPointer("/paths", basePath, m), `${m.toUpperCase()} ${basePath} removed`, { operation: `${m.toUpperCase()} ${basePath}` });
      else if (!isObject(bo) && isObject(ho)) walk.collector.add("operation-added", childPointer("/paths", headPath, m), `${label} added`, { operation: label });
      else if (isObject(bo) && isObject(ho)) {
        compareOperation(walk, label, { doc: walk.base, path: basePath, item: baseItem, op: bo, at: childPointer("/paths", basePath, m) }, { doc: walk.head, path: headPath, item: headItem, op: ho, at: childPointer("/paths", headPath, m) });
      }
    }
  }
}

function compareOperation(walk: Walk, label: string, base: OperationSide, head: OperationSide): void {
  const add = (rule: Parameters<ChangeCollector["add"]>[0], pointer: string, message: string): void => walk.collector.add(rule, pointer, message, { operation: label });
  if (typeof base.op.operationId === "string" && base.op.operationId !== head.op.operationId) {
    add("operation-id-changed", childPointer(typeof head.op.operationId === "string" ? head.at : base.at, "operationId"), `operationId ${base.op.operationId} → ${typeof head.op.operationId === "string" ? head.op.operationId : "(none)"}`);
  }
  if (base.op.deprecated !== true && head.op.deprecated === true) add("operation-deprecated", childPointer(head.at, "deprecated"), `${label} deprecated`);
  compareSecurity(base, head, add);
  const schemas = (direction: Direction): SchemaContext => ({ base: walk.base, head: walk.head, collector: walk.collector, direction, operation: label, reached: walk.reached });
  compareParameters(base, head, add, schemas("request"));
  compareRequestBody(base, head, add, schemas("request"));
  compareResponses(base, head, add, schemas("response"));
}

type Add = (rule: Parameters<ChangeCollector["add"]>[0], pointer: string, message: string) => void;

/** Effective security alternatives: each is the set of `scheme` / `scheme:scope` entries it needs. */
function securityOf(side: OperationSide): Set<string>[] {
  const declared = Array.isArray(side.op.security) ? side.op.security : Array.isArray(side.doc.security) ? side.doc.security : [];
  if (declared.length === 0) return [new Set()];
  return declared.filter(isObject).map((req) => new Set(Object.entries(req).flatMap(([scheme, scopes]) => [scheme, ...(Array.isArray(scopes) ? scopes.map((s) => `${scheme}:${JSON.stringify(s)}`) : [])])));
}

function compareSecurity(base: OperationSide, head: OperationSide, add: Add): void {
  const before = securityOf(base);
  const after = securityOf(head);
  const subset = (a: Set<string>, b: Set<string>): boolean => [...a].every((x) => b.has(x));
  const pointer = childPointer(Array.isArray(head.op.security) ? head.at : Array.isArray(base.op.security) ? base.at : "", "security");
  const describe = (alts: Set<string>[]): string => alts.map((a) => (a.size === 0 ? "none" : [...a].join("+"))).join(" or ");
  // A client that satisfied an old alternative must still satisfy some new one.
  if (before.some((old) => !after.some((alt) => subset(alt, old)))) add("security-requirement-added", pointer, `security ${describe(before)} → ${describe(after)}`);
  else if (after.some((alt) => !before.some((old) => subset(old, alt)))) add("security-requirement-removed", pointer, `security ${describe(before)} → ${describe(after)}`);
}

function parametersOf(side: OperationSide): Map<string, { node: JsonObject; at: string }> {
  const found = new Map<string, { node: JsonObject; at: string }>();
  const collect = (list: Json | undefined, listAt: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      if (!isObject(entry)) return;
      const r = resolve(side.doc, entry, childPointer(listAt, i));
      const name = typeof r.node.name === "string" ? r.node.name : "";
      const location = typeof r.node.in === "string" ? r.node.in : "";
      found.set(`${location}:${location === "header" ? name.toLowerCase() : name}`, { node: r.node, at: childPointer(listAt, i) });
    });
  };
  collect(side.item.parameters, side.at.replace(/\/[^/]+$/, "/parameters"));
  collect(side.op.parameters, childPointer(side.at, "parameters"));
  return found;
}

function compareParameters(base: OperationSide, head: OperationSide, add: Add, ctx: SchemaContext): void {
  const before = parametersOf(base);
  const after = parametersOf(head);
  const nameOf = (key: string): string => key.replace(":", " parameter `") + "`";
  for (const [key, b] of before) {
    const h = after.get(key);
    if (!h) {
      add("parameter-removed", b.at, `${nameOf(key)} removed`);
      continue;
    }
    const [wasRequired, isRequired] = [b.node.required === true, h.node.required === true];
    if (!wasRequired && isRequired) add("parameter-became-required", h.at, `${nameOf(key)} became required`);
    if (wasRequired && !isRequired) add("parameter-became-optional", h.at, `${nameOf(key)} became optional`);
    if (b.node.style !== h.node.style || b.node.explode !== h.node.explode) add("parameter-serialization-changed", h.at, `${nameOf(key)} style/explode changed`);
    if (isObject(b.node.schema) && isObject(h.node.schema)) {
      compareSchema(ctx, { node: b.node.schema, at: childPointer(resolve(base.doc, b.node, b.at).pointer, "schema") }, { node: h.node.schema, at: childPointer(resolve(head.doc, h.node, h.at).pointer, "schema") });
    }
  }
  for (const [key, h] of after) {
    if (before.has(key)) continue;
    add(h.node.required === true ? "parameter-added-required" : "parameter-added", h.at, `${h.node.required === true ? "required" : "optional"} ${nameOf(key)} added`);
  }
}

function compareContent(baseContent: JsonObject, headContent: JsonObject, baseAt: string, headAt: string, ctx: SchemaContext, onRemoved: (type: string, at: string) => void, onAdded: (type: string, at: string) => void): void {
  for (const [type, b] of Object.entries(baseContent)) {
    const h = headContent[type];
    if (!isObject(h)) {
      onRemoved(type, childPointer(baseAt, type));
      continue;
    }
    if (isObject(b) && isObject(b.schema) && isObject(h.schema)) compareSchema(ctx, { node: b.schema, at: childPointer(baseAt, type, "schema") }, { node: h.schema, at: childPointer(headAt, type, "schema") });
  }
  for (const type of Object.keys(headContent)) if (!(type in baseContent)) onAdded(type, childPointer(headAt, type));
}

function compareRequestBody(base: OperationSide, head: OperationSide, add: Add, ctx: SchemaContext): void {
  const b = isObject(base.op.requestBody) ? resolve(base.doc, base.op.requestBody, childPointer(base.at, "requestBody")) : null;
  const h = isObject(head.op.requestBody) ? resolve(head.doc, head.op.requestBody, childPointer(head.at, "requestBody")) : null;
  if (!b && !h) return;
  if (b && !h) return add("request-body-removed", childPointer(base.at, "requestBody"), "request body removed");
  if (!b && h) return add(h.node.required === true ? "request-body-added-required" : "request-body-added", h.pointer, `${h.node.required === true ? "required" : "optional"} request body added`);
  if (!b || !h) return;
  if (b.node.required !== true && h.node.required === true) add("request-body-became-required", childPointer(h.pointer, "required"), "request body became required");
  if (b.node.required === true && h.node.required !== true) add("request-body-became-optional", h.pointer, "request body became optional");
  compareContent(objectAt(b.node.content), objectAt(h.node.content), childPointer(b.pointer, "content"), childPointer(h.pointer, "content"), ctx,
    (type, at) => add("request-media-type-removed", at, `request content type ${type} no longer accepted`),
    (type, at) => add("request-media-type-added", at, `request content type ${type} accepted`));
}

const isSuccess = (code: string): boolean => /^2(\d\d|XX)$/i.test(code);

function compareResponses(base: OperationSide, head: OperationSide, add: Add, ctx: SchemaContext): void {
  const before = objectAt(base.op.responses);
  const after = objectAt(head.op.responses);
  const [bAt, hAt] = [childPointer(base.at, "responses"), childPointer(head.at, "responses")];
  const successBefore = Object.keys(before).filter(isSuccess).sort();
  const successAfter = Object.keys(after).filter(isSuccess).sort();
  if (successBefore.join() !== successAfter.join()) add("success-status-changed", hAt, `success status ${successBefore.join("/") || "none"} → ${successAfter.join("/") || "none"}`);
  for (const code of Object.keys(before)) {
    if (!(code in after)) {
      if (!isSuccess(code)) add("error-response-removed", childPointer(bAt, code), `${code} response no longer documented`);
      continue;
    }
    const [b, h] = [before[code], after[code]];
    if (!isObject(b) || !isObject(h)) continue;
    const rb = resolve(base.doc, b, childPointer(bAt, code));
    const rh = resolve(head.doc, h, childPointer(hAt, code));
    const success = isSuccess(code);
    const [bc, hc] = [objectAt(rb.node.content), objectAt(rh.node.content)];
    if (success && Object.keys(bc).length > 0 && Object.keys(hc).length === 0) {
      add("response-body-removed", childPointer(rb.pointer, "content"), `${code} response no longer has a body`);
    } else {
      compareContent(bc, hc, childPointer(rb.pointer, "content"), childPointer(rh.pointer, "content"), ctx,
        (type, at) => { if (success) add("response-media-type-removed", at, `${code} response content type ${type} removed`); },
        (type, at) => add("response-media-type-added", at, `${code} response content type ${type} added`));
    }
    const [bh, hh] = [objectAt(rb.node.headers), objectAt(rh.node.headers)];
    const lower = (o: JsonObject) => new Map(Object.keys(o).map((k) => [k.toLowerCase(), k]));
    const [lb, lh] = [lower(bh), lower(hh)];
    for (const [name, original] of lb) if (!lh.has(name)) add("response-header-removed", childPointer(rb.pointer, "headers", original), `${code} response header ${original} removed`);
    for (const [name, original] of lh) if (!lb.has(name)) add("response-header-added", childPointer(rh.pointer, "headers", original), `${code} response header ${original} added`);
  }
  for (const code of Object.keys(after)) if (!(code in before) && !isSuccess(code)) add("error-response-added", childPointer(hAt, code), `${code} response added`);
}
