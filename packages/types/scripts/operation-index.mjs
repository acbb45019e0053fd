// Builds the operation index (src/generated/operation-index.gen.ts) from the bundled
// contract: the route table that matches a method and a concrete path to its operation
// (literal segments before parameters), and for each operation where its parameters,
// request body and responses sit in openapi.json, as JSON pointers, so a server can
// compile validators without walking the document itself.

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

const escape = (part) => part.replace(/~/g, "~0").replace(/\//g, "~1");
const pointer = (...parts) => `#/${parts.map((p) => escape(String(p))).join("/")}`;

/** Follows `$ref`s; returns the node and the pointer it was found at. */
function resolve(spec, node, at) {
  for (let depth = 0; node?.$ref; depth++) {
    if (depth > 16 || !node.$ref.startsWith("#/")) throw new Error(`${at}: unsupported reference ${node.$ref}`);
    at = node.$ref;
    node = node.$ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((parent, part) => parent?.[part], spec);
    if (node === undefined) throw new Error(`unresolvable reference ${at}`);
  }
  return { node, at };
}

function parametersOf(spec, path, method, item, operation) {
  const byKey = new Map();
  const add = (list, base) =>
    (list ?? []).forEach((raw, i) => {
      const { node, at } = resolve(spec, raw, pointer(...base, "parameters", i));
      byKey.set(`${node.in}:${node.name}`, {
        in: node.in,
        name: node.name,
        required: node.required === true || node.in === "path",
        schema: `${at}/schema`,
      });
    });
  add(item.parameters, ["paths", path]);
  add(operation.parameters, ["paths", path, method]);
  const pick = (where) =>
    [...byKey.values()].filter((p) => p.in === where).map(({ name, required, schema }) => ({ name, required, schema }));
  return { path: pick("path"), query: pick("query") };
}

function bodyOf(spec, path, method, operation) {
  if (!operation.requestBody) return null;
  const { node, at } = resolve(spec, operation.requestBody, pointer("paths", path, method, "requestBody"));
  if (!node.content?.["application/json"]?.schema) return null;
  return { required: node.required === true, schema: `${at}/content/application~1json/schema` };
}

function responsesOf(spec, path, method, operation) {
  const out = {};
  for (const [status, raw] of Object.entries(operation.responses ?? {})) {
    const { node, at } = resolve(spec, raw, pointer("paths", path, method, "responses", status));
    const content = {};
    for (const [media, value] of Object.entries(node.content ?? {}))
      if (value.schema) content[media] = `${at}/content/${escape(media)}/schema`;
    out[status] = { content, headers: Object.keys(node.headers ?? {}).map((h) => h.toLowerCase()) };
  }
  return out;
}

/** The index as plain data: operations sorted by key, routes most specific first. */
export function operationIndex(spec) {
  const operations = [];
  const routes = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const segments = path
      .split("/")
      .slice(1)
      .map((s) => (/^\{[^}]+\}$/.test(s) ? null : s));
    const params = path
      .split("/")
      .slice(1)
      .filter((s) => /^\{[^}]+\}$/.test(s))
      .map((s) => s.slice(1, -1));
    const methods = {};
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path}`;
      if (!operation.operationId) throw new Error(`${key} has no operationId.`);
      methods[method.toUpperCase()] = key;
      const parameters = parametersOf(spec, path, method, item, operation);
      operations.push({
        key,
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        pathParams: parameters.path,
        queryParams: parameters.query,
        body: bodyOf(spec, path, method, operation),
        responses: responsesOf(spec, path, method, operation),
      });
    }
    if (Object.keys(methods).length > 0) routes.push({ segments, params, methods });
  }
  const literals = (r) => r.segments.filter((s) => s !== null).length;
  const text = (r) => r.segments.map((s) => s ?? "{}").join("/");
  routes.sort(
    (a, b) => a.segments.length - b.segments.length || literals(b) - literals(a) || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0),
  );
  operations.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { operations, routes };
}

/** The TypeScript source of the index. */
export function operationIndexSource(spec, header) {
  const { operations, routes } = operationIndex(spec);
  const ops = operations.map((op) => `  ${JSON.stringify(op.key)}: ${JSON.stringify(op)},`);
  const rts = routes.map((r) => `  ${JSON.stringify(r)},`);
  return `${header}import type { OperationKey, operationTable } from "./operations.gen.js";

/** The operationId of an operation of the contract's paths (webhook operations are not called). */
export type PathOperationId = (typeof operationTable)[OperationKey]["operationId"];

/** A parameter of an operation; \`schema\` is a JSON pointer into openapi.json. */
export interface IndexedParameter {
  readonly name: string;
  readonly required: boolean;
  readonly schema: string;
}

/** A response of an operation: media type → JSON pointer of its schema, and its declared headers (lower case). */
export interface IndexedResponse {
  readonly content: Readonly<Record<string, string>>;
  readonly headers: readonly string[];
}

/** Where the parts of one operation sit in openapi.json. */
export interface IndexedOperation {
  readonly key: OperationKey;
  readonly operationId: PathOperationId;
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly IndexedParameter[];
  readonly queryParams: readonly IndexedParameter[];
  /** The JSON request body, or \`null\` when the operation takes none. */
  readonly body: { readonly required: boolean; readonly schema: string } | null;
  /** By status code. */
  readonly responses: Readonly<Record<string, IndexedResponse>>;
}

/** One path template: its segments (\`null\` for a parameter), parameter names in order, and its operations by method. */
export interface OperationRoute {
  readonly segments: readonly (string | null)[];
  readonly params: readonly string[];
  readonly methods: Readonly<Partial<Record<string, OperationKey>>>;
}

/** Every operation of the contract, keyed \`"METHOD /path/{template}"\`. */
export const operationIndex: { readonly [K in OperationKey]: IndexedOperation & { readonly key: K } } = {
${ops.join("\n")}
};

/** The path templates, by segment count and then most literal segments first. */
export const operationRoutes: readonly OperationRoute[] = [
${rts.join("\n")}
];

/** What a method and a concrete path call. */
export type OperationMatch =
  | { readonly kind: "operation"; readonly key: OperationKey; readonly operationId: PathOperationId; readonly params: Record<string, string> }
  /** The path exists, the method does not: \`allow\` lists the methods that do. */
  | { readonly kind: "method-not-allowed"; readonly allow: readonly string[] }
  /** A parameter segment is not validly percent-encoded. */
  | { readonly kind: "bad-path" }
  | { readonly kind: "not-found" };

/**
 * Matches \`method\` and a raw (percent-encoded) \`pathname\` without query to an operation:
 * literal segments beat parameters (\`GET /leads/intake\` is intake, not a lead id), a
 * parameter never matches an empty segment, and parameters come back decoded.
 */
export function matchOperation(method: string, pathname: string): OperationMatch {
  if (!pathname.startsWith("/")) return { kind: "not-found" };
  const raw = pathname.split("/");
  const count = raw.length - 1;
  const allow = new Set<string>();
  let badPath = false;
  for (const route of operationRoutes) {
    if (route.segments.length !== count) continue;
    let fits = true;
    for (let i = 0; i < count && fits; i++) {
      const literal = route.segments[i];
      fits = literal === null ? raw[i + 1] !== "" : literal === raw[i + 1];
    }
    if (!fits) continue;
    const key = route.methods[method];
    if (key === undefined) {
      for (const m of Object.keys(route.methods)) allow.add(m);
      continue;
    }
    const params: Record<string, string> = {};
    let p = 0;
    try {
      for (let i = 0; i < count; i++) {
        if (route.segments[i] !== null) continue;
        const segment = raw[i + 1] ?? "";
        params[route.params[p++] ?? ""] = segment.includes("%") ? decodeURIComponent(segment) : segment;
      }
    } catch {
      badPath = true;
      continue;
    }
    return { kind: "operation", key, operationId: operationIndex[key].operationId, params };
  }
  if (allow.size > 0) return { kind: "method-not-allowed", allow: [...allow].sort() };
  return badPath ? { kind: "bad-path" } : { kind: "not-found" };
}
`;
}
