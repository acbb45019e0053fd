// Normalizes a JSON Schema node into the facts the differ compares: its set of types, nullability,
// enum, properties, items and variants. Both OpenAPI 3.1 nullability spellings collapse to one flag:
// `type: ["string", "null"]` and `oneOf: [{ $ref }, { type: "null" }]` (plus 3.0's `nullable: true`).
import { childPointer, isObject, resolve } from "./pointer.js";
import type { Json, JsonObject } from "./types.js";

export interface SchemaRef {
  node: JsonObject;
  at: string;
}

/** A `oneOf`/`anyOf` branch: its definition (`at`, after `$ref`s) and where it is written (`site`). */
export interface Variant extends SchemaRef {
  site: string;
}

export interface Shape {
  /** Pointer of the schema that carries the type (after `$ref`s and the nullable wrapper). */
  at: string;
  /** Pointer of the node that declares nullability (the `oneOf` wrapper, or `at`). */
  nullAt: string;
  /** The `#/components/...` pointer of the core schema, when it came through a `$ref`. */
  ref?: string;
  node: JsonObject;
  /** Non-null JSON types the value may have; `null` means any type. */
  types: Set<string> | null;
  nullable: boolean;
  /** Non-null enum members (a `const` counts as a one-member enum); `null` when unrestricted. */
  enumValues: Json[] | null;
  properties: Map<string, SchemaRef>;
  required: Set<string>;
  /** Pointers of the `required` arrays that contributed to `required`. */
  requiredAt: string[];
  /** `items`: absent, `false` (no further items) or a schema. */
  items: Subschema;
  /** `prefixItems` (3.1 tuples), `null` when absent. */
  prefixItems: SchemaRef[] | null;
  additionalProperties: Subschema;
  /** The schema and its merged `allOf` branches: where the compared keywords are written. */
  sources: SchemaRef[];
  /** The node as written at the compared pointer (after `$ref`s, before unwrapping a nullable `oneOf`). */
  wrapper: SchemaRef;
  /** Pointers of the `oneOf`/`anyOf`/`allOf` branches as written (before their `$ref`s are followed). */
  branchSites: string[];
  /** Pointers of `{ type: "null" }` branches folded into `nullable`. */
  nullBranches: string[];
  /** Pointer of the node whose value of `keyword` the shape holds. */
  where: (keyword: string) => string;
  /** Non-null `oneOf`/`anyOf` branches when there is more than one. */
  variants: Variant[] | null;
}

const jsonTypes = ["array", "boolean", "integer", "null", "number", "object", "string"];

function isNullOnly(node: JsonObject): boolean {
  if (node.type === "null") return true;
  if (Array.isArray(node.type) && node.type.length === 1 && node.type[0] === "null") return true;
  if ("const" in node && node.const === null) return true;
  return Array.isArray(node.enum) && node.enum.length === 1 && node.enum[0] === null;
}

function declaredTypes(node: JsonObject): { types: Set<string> | null; nullable: boolean } {
  const raw =
    typeof node.type === "string"
      ? [node.type]
      : Array.isArray(node.type)
        ? node.type.filter((t): t is string => typeof t === "string")
        : null;
  let nullable = node.nullable === true || (raw?.includes("null") ?? false);
  if (Array.isArray(node.enum) && node.enum.includes(null)) nullable = true;
  if ("const" in node && node.const === null) nullable = true;
  if (raw) return { types: new Set(raw.filter((t) => t !== "null" && jsonTypes.includes(t))), nullable };
  // No `type`: infer from the keywords present, else the value is unrestricted.
  if (isObject(node.properties) || isObject(node.additionalProperties) || Array.isArray(node.required))
    return { types: new Set(["object"]), nullable };
  if (node.items !== undefined || node.prefixItems !== undefined) return { types: new Set(["array"]), nullable };
  const members = Array.isArray(node.enum) ? node.enum : "const" in node ? [node.const ?? null] : null;
  if (members) {
    const inferred = new Set(
      members
        .filter((m) => m !== null)
        .map((m) =>
          Array.isArray(m)
            ? "array"
            : typeof m === "object"
              ? "object"
              : typeof m === "number"
                ? Number.isInteger(m)
                  ? "integer"
                  : "number"
                : typeof m,
        ),
    );
    return { types: inferred, nullable };
  }
  return { types: null, nullable };
}

/** What a subschema keyword allows: absent (or `true`: anything), `false` (nothing), or a schema. */
export type Subschema = SchemaRef | false | null;

export function subschemaOf(node: JsonObject, key: string, at: string): Subschema {
  const value = node[key];
  if (value === false) return false;
  return isObject(value) ? { node: value, at: childPointer(at, key) } : null;
}

interface Merged {
  node: JsonObject;
  properties: Map<string, SchemaRef>;
  required: Set<string>;
  requiredAt: string[];
  /** Every node merged into the shape (the schema and its `allOf` branches), with its pointer. */
  sources: SchemaRef[];
  branchSites: string[];
}

/**
 * Merges `allOf` branches into one object schema (properties and required are united). A branch that leads
 * back to a schema already being merged (`A: allOf [B]`, `B: allOf [A]`) adds nothing new and is skipped.
 */
function mergeAllOf(doc: Json, node: JsonObject, at: string): Merged {
  const properties = new Map<string, SchemaRef>();
  const required = new Set<string>();
  const requiredAt: string[] = [];
  const sources: SchemaRef[] = [];
  const branchSites: string[] = [];
  const visiting = new Set<string>();
  let merged: JsonObject = {};
  const visit = (n: JsonObject, p: string): void => {
    if (visiting.has(p)) return;
    visiting.add(p);
    sources.push({ node: n, at: p });
    const allOf = n.allOf;
    // The common case (no allOf, nothing merged yet) keeps the node itself: no copy.
    if (sources.length === 1 && !Array.isArray(allOf)) merged = n;
    else {
      const { allOf: _allOf, ...own } = n;
      merged = { ...merged, ...own };
    }
    if (isObject(n.properties)) {
      for (const [name, prop] of Object.entries(n.properties))
        if (isObject(prop)) properties.set(name, { node: prop, at: childPointer(p, "properties", name) });
    }
    if (Array.isArray(n.required)) {
      requiredAt.push(childPointer(p, "required"));
      for (const name of n.required) if (typeof name === "string") required.add(name);
    }
    if (Array.isArray(allOf)) {
      allOf.forEach((branch, i) => {
        if (!isObject(branch)) return;
        branchSites.push(childPointer(p, "allOf", i));
        const r = resolve(doc, branch, childPointer(p, "allOf", i));
        visit(r.node, r.pointer);
      });
    }
  };
  visit(node, at);
  return { node: merged, properties, required, requiredAt, sources, branchSites };
}

/** Shapes already built, per document and pointer (a shared schema is reached from many operations). */
const shapes = new WeakMap<object, Map<string, { source: JsonObject; shape: Shape }>>();

/** Forgets the cached shapes of a document (diffSpecs calls it: the caller may have edited the document since). */
export function forgetShapes(doc: Json): void {
  if (typeof doc === "object" && doc !== null) shapes.delete(doc);
}

/** Normalizes the schema at `at` (following `$ref`s) into a Shape; cached per document and pointer. */
export function shapeOf(doc: Json, schema: JsonObject, at: string): Shape {
  if (typeof doc !== "object" || doc === null) return buildShape(doc, schema, at);
  let cache = shapes.get(doc);
  if (!cache) shapes.set(doc, (cache = new Map<string, { source: JsonObject; shape: Shape }>()));
  const cached = cache.get(at);
  if (cached && cached.source === schema) return cached.shape;
  const shape = buildShape(doc, schema, at);
  cache.set(at, { source: schema, shape });
  return shape;
}

function buildShape(doc: Json, schema: JsonObject, at: string): Shape {
  const outer = resolve(doc, schema, at);
  let core = outer;
  let wrapperNullable = false;
  const branches = Array.isArray(outer.node.oneOf)
    ? { key: "oneOf", list: outer.node.oneOf }
    : Array.isArray(outer.node.anyOf)
      ? { key: "anyOf", list: outer.node.anyOf }
      : null;
  let variants: Variant[] | null = null;
  const branchSites: string[] = [];
  const nullBranches: string[] = [];
  if (branches) {
    const resolved = branches.list.flatMap((b, i) =>
      isObject(b)
        ? [{ ...resolve(doc, b, childPointer(outer.pointer, branches.key, i)), site: childPointer(outer.pointer, branches.key, i) }]
        : [],
    );
    for (const r of resolved) (isNullOnly(r.node) ? nullBranches : branchSites).push(r.site);
    const nonNull = resolved.filter((r) => !isNullOnly(r.node));
    wrapperNullable = nonNull.length < resolved.length;
    if (nonNull.length === 1 && nonNull[0]) {
      // `oneOf: [{ $ref: X }, { type: "null" }]`: X, nullable. Keywords beside `oneOf` still apply.
      const { oneOf: _o, anyOf: _a, ...siblings } = outer.node;
      const inner = nonNull[0];
      const innerNode = Object.keys(siblings).some((k) => k !== "description" && k !== "title" && k !== "example" && k !== "examples")
        ? { ...inner.node, ...siblings }
        : inner.node;
      core =
        inner.ref === undefined ? { node: innerNode, pointer: inner.pointer } : { node: innerNode, pointer: inner.pointer, ref: inner.ref };
    } else if (nonNull.length > 1) {
      variants = nonNull.map((r) => ({ node: r.node, at: r.pointer, site: r.site }));
    }
  }
  const merged = mergeAllOf(doc, core.node, core.pointer);
  const declared = declaredTypes(merged.node);
  const node = merged.node;
  const enumSource = Array.isArray(node.enum) ? node.enum : "const" in node ? [node.const ?? null] : null;
  // The merged node takes each keyword from the last source that has it (see mergeAllOf).
  const keywordAt = (key: string): string => {
    for (let i = merged.sources.length - 1; i >= 0; i--) if (key in merged.sources[i]!.node) return merged.sources[i]!.at;
    return core.pointer;
  };
  const prefix = Array.isArray(node.prefixItems)
    ? node.prefixItems.flatMap((item, i) =>
        isObject(item) ? [{ node: item, at: childPointer(keywordAt("prefixItems"), "prefixItems", i) }] : [],
      )
    : null;
  const shape: Shape = {
    at: core.pointer,
    nullAt: wrapperNullable ? outer.pointer : core.pointer,
    node,
    types: variants ? null : declared.types,
    nullable: declared.nullable || wrapperNullable,
    enumValues: enumSource ? enumSource.filter((v) => v !== null) : null,
    properties: merged.properties,
    required: merged.required,
    requiredAt: merged.requiredAt,
    items: subschemaOf(node, "items", keywordAt("items")),
    prefixItems: prefix,
    additionalProperties: subschemaOf(node, "additionalProperties", keywordAt("additionalProperties")),
    variants,
    sources: merged.sources,
    wrapper: { node: outer.node, at: outer.pointer },
    branchSites: [...branchSites, ...merged.branchSites],
    nullBranches,
    where: keywordAt,
  };
  if (core.ref !== undefined) shape.ref = core.ref;
  else if (outer.ref !== undefined && core === outer) shape.ref = outer.ref;
  return shape;
}
