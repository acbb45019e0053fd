// Compiles the contract's schemas with Ajv (JSON Schema 2020-12, the OpenAPI 3.1
// dialect) once at startup, and turns Ajv errors into ProblemDetails `errors`.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { addContractFormats } from "./formats.js";
import type { JsonSchema, OpenApiDocument } from "./spec.js";

const COMPONENTS_ID = "https://leadping.mock/components";

/** Field path → messages, as in ProblemDetails `errors`. */
export type FieldErrors = Record<string, string[]>;

/** A compiled validator returning `null` when the value conforms. */
export type SchemaCheck = (value: unknown) => FieldErrors | null;

/** Builds Ajv instances loaded with the contract's component schemas. */
export class SchemaCompiler {
  private readonly requestAjv: Ajv2020;
  private readonly responseAjv: Ajv2020;
  /** Many operations share a schema (LeadResponse, ProblemDetails): compile each once. */
  private readonly memo = new Map<string, SchemaCheck>();

  constructor(spec: OpenApiDocument) {
    const components = { $id: COMPONENTS_ID, $defs: rewriteRefs(spec.components?.schemas ?? {}) };
    // Requests: fill schema defaults (pageSize 25, createMissing false, ...) like the real API binds them.
    this.requestAjv = makeAjv(true);
    this.requestAjv.addSchema(components);
    // Responses: never mutate what the handlers produced.
    this.responseAjv = makeAjv(false);
    this.responseAjv.addSchema(components);
  }

  /** Validator for a request body or parameter; `root` names the value in error keys when the value itself is wrong. */
  request(schema: JsonSchema, root: string): SchemaCheck {
    return this.compileOnce(`request ${root} ${JSON.stringify(schema)}`, () => toCheck(this.requestAjv.compile(rewriteRefs(schema)), root));
  }

  /** Validator for a response body. */
  response(schema: JsonSchema): SchemaCheck {
    return this.compileOnce(`response ${JSON.stringify(schema)}`, () => toCheck(this.responseAjv.compile(rewriteRefs(schema)), "body"));
  }

  private compileOnce(key: string, compile: () => SchemaCheck): SchemaCheck {
    let check = this.memo.get(key);
    if (!check) {
      check = compile();
      this.memo.set(key, check);
    }
    return check;
  }
}

function makeAjv(useDefaults: boolean): Ajv2020 {
  // strict: false because OpenAPI adds keywords JSON Schema does not know (`example`).
  const ajv = new Ajv2020({ allErrors: true, strict: false, useDefaults, coerceTypes: false, validateFormats: true });
  addContractFormats(ajv);
  return ajv;
}

function toCheck(validate: ValidateFunction, root: string): SchemaCheck {
  return (value) => (validate(value) ? null : toFieldErrors(validate.errors ?? [], root));
}

/** `#/components/schemas/X` → a reference into the shared components schema. */
function rewriteRefs<T>(node: T): T {
  if (Array.isArray(node)) return node.map(rewriteRefs) as T;
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")) {
      out[key] = `${COMPONENTS_ID}#/$defs/${value.slice("#/components/schemas/".length)}`;
    } else {
      out[key] = rewriteRefs(value);
    }
  }
  return out as T;
}

/** Ajv errors → `{ "contact.email": ["must be string or null"], "tagIds[0]": [...] }`. */
export function toFieldErrors(errors: readonly ErrorObject[], root: string): FieldErrors {
  const out: FieldErrors = {};
  const add = (path: string, message: string) => {
    const list = (out[path || root] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  for (const error of simplifyNullableOneOf(errors)) {
    const path = pointerToPath(error.instancePath);
    if (error.keyword === "required") {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      add(path ? `${path}.${missing}` : missing, "is required");
    } else if (error.keyword === "enum") {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      add(path, `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`);
    } else if (error.keyword === "type") {
      add(
        path,
        `must be ${String((error.params as { type: unknown }).type)
          .split(",")
          .join(" or ")}`,
      );
    } else {
      add(path, error.message ?? "is invalid");
    }
  }
  return out;
}

/**
 * The contract writes nullable objects as `oneOf: [{$ref}, {type: "null"}]`. Ajv then reports
 * both branches plus the `oneOf` itself; keep what helps a person fix the field: the object
 * branch's nested errors when there are some, otherwise one "must be object or null".
 */
function simplifyNullableOneOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  if (oneOfPaths.size === 0) return [...errors];
  const out: ErrorObject[] = [];
  for (const path of oneOfPaths) {
    const nested = errors.some(
      (e) => e.instancePath.startsWith(`${path}/`) || (e.instancePath === path && e.keyword !== "type" && e.keyword !== "oneOf"),
    );
    if (nested) continue;
    const types = errors
      .filter((e) => e.instancePath === path && e.keyword === "type")
      .map((e) => String((e.params as { type: unknown }).type));
    out.push({
      ...errors.find((e) => e.instancePath === path && e.keyword === "oneOf")!,
      keyword: "type",
      params: { type: [...new Set(types)].join(",") },
    });
  }
  for (const e of errors) {
    if (oneOfPaths.has(e.instancePath) && (e.keyword === "type" || e.keyword === "oneOf")) continue;
    out.push(e);
  }
  return out;
}

function pointerToPath(pointer: string): string {
  if (!pointer) return "";
  let path = "";
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else path += path ? `.${segment}` : segment;
  }
  return path;
}
