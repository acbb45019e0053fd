// Which component schemas can hold a change: those with a raw difference inside, and those that reference one
// (transitively). Comparing a clean schema with itself can find nothing, so the walk skips it; on a 1 MB
// contract with a handful of edits that is most of the work.
import { isObject, pointerTokens } from "./pointer.js";
import type { Json, JsonObject } from "./types.js";

const prefix = "/components/schemas/";

/** The `#/components/schemas/X` pointer a pointer lies in, or null. */
export function componentOf(pointer: string): string | null {
  if (!pointer.startsWith(prefix)) return null;
  const end = pointer.indexOf("/", prefix.length);
  return end < 0 ? pointer : pointer.slice(0, end);
}

export function refsIn(node: Json | undefined, out: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsIn(item, out);
  else if (isObject(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string" && v.startsWith("#")) out.add(v.slice(1));
      else refsIn(v, out);
    }
  }
  return out;
}

/** Component schema pointers that may have changed, given whether a pointer has a raw difference at or below it. */
export function dirtySchemas(base: JsonObject, head: JsonObject, isHot: (pointer: string) => boolean): Set<string> {
  const schemasOf = (doc: JsonObject): JsonObject =>
    isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const [b, h] = [schemasOf(base), schemasOf(head)];
  const refs = new Map<string, Set<string>>();
  const dirty = new Set<string>();
  for (const name of new Set([...Object.keys(b), ...Object.keys(h)])) {
    const at = `${prefix}${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (isHot(at)) dirty.add(at);
    refs.set(at, refsIn(h[name], refsIn(b[name], new Set())));
  }
  // A reference outside the schemas (rare) is dirty when anything there changed.
  const refDirty = (ref: string): boolean =>
    dirty.has(componentOf(ref) ?? "") || (componentOf(ref) === null && pointerTokens(ref).length > 0 && isHot(ref));
  for (let changed = true; changed;) {
    changed = false;
    for (const [at, targets] of refs) {
      if (dirty.has(at)) continue;
      for (const ref of targets) {
        if (refDirty(ref)) {
          dirty.add(at);
          changed = true;
          break;
        }
      }
    }
  }
  return dirty;
}

/**
 * Whether the schema at `at` (the same pointer in both documents) cannot hold a change: nothing differs at or
 * below it, and everything it references is clean.
 */
export function isCleanSchema(node: JsonObject, at: string, dirty: Set<string>, isHot: (pointer: string) => boolean): boolean {
  if (isHot(at)) return false;
  const component = componentOf(at);
  if (component !== null) return !dirty.has(component);
  for (const ref of refsIn(node, new Set())) {
    const target = componentOf(ref);
    if (target === null ? isHot(ref) : dirty.has(target)) return false;
  }
  return true;
}
