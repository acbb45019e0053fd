// JSON pointer (RFC 6901) helpers and local `$ref` resolution in an OpenAPI document.
import type { Json, JsonObject } from "./types.js";

/** Appends reference tokens to a JSON pointer, escaping `~` and `/`. */
export function childPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + tokens.map((token) => `/${String(token).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** Splits a JSON pointer into unescaped reference tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at a JSON pointer, or undefined. */
export function getAt(doc: Json, pointer: string): Json | undefined {
  let node: Json | undefined = doc;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node)) node = node[token];
    else return undefined;
  }
  return node;
}

/** `$ref` targets already looked up, per document: a contract follows the same few hundred refs many times. */
const targets = new WeakMap<object, Map<string, Json | undefined>>();

/** Forgets the cached `$ref` targets of a document (diffSpecs calls it: the caller may have edited the document since). */
export function forgetRefTargets(doc: Json): void {
  if (typeof doc === "object" && doc !== null) targets.delete(doc);
}

function lookup(doc: Json, ref: string): Json | undefined {
  if (typeof doc !== "object" || doc === null) return getAt(doc, ref.slice(1));
  let cache = targets.get(doc);
  if (!cache) targets.set(doc, (cache = new Map<string, Json | undefined>()));
  if (!cache.has(ref)) cache.set(ref, getAt(doc, ref.slice(1)));
  return cache.get(ref);
}

/** A node after following its `$ref` chain, with the pointer where its definition lives. */
export interface Resolved {
  node: JsonObject;
  pointer: string;
  /** The `#/components/...` pointer of the last `$ref` followed, if any. */
  ref?: string;
}

/**
 * Follows local `$ref`s. Siblings of `$ref` (OpenAPI 3.1 allows `description` and friends next to it)
 * are laid over the target so documentation overrides are seen. External refs are not supported:
 * the input is always a bundled document.
 */
export function resolve(doc: Json, node: JsonObject, pointer: string): Resolved {
  let current = node;
  let at = pointer;
  let ref: string | undefined;
  const seen = new Set<string>();
  while (typeof current.$ref === "string") {
    const target = current.$ref;
    if (!target.startsWith("#")) throw new Error(`external $ref ${target} at ${at}: diff bundled documents only`);
    // A `$ref` chain that loops back (A → B → A) defines nothing: stop and read it as the empty schema.
    if (seen.has(target)) return { node: {}, pointer: target.slice(1), ref: target.slice(1) };
    seen.add(target);
    const found = lookup(doc, target);
    if (!isObject(found)) throw new Error(`unresolvable $ref ${target} at ${at}`);
    const { $ref: _ref, ...siblings } = current;
    current = Object.keys(siblings).length > 0 ? { ...found, ...siblings } : found;
    at = target.slice(1);
    ref = at;
  }
  return ref === undefined ? { node: current, pointer: at } : { node: current, pointer: at, ref };
}

/** Stable identity of a JSON value, for comparing enum members and similar. */
export function jsonKey(value: Json | undefined): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
