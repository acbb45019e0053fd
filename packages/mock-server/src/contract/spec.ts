// Loads the bundled OpenAPI contract that ships with @leadping/types and
// describes the small part of the OpenAPI 3.1 shape the mock reads.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** A JSON Schema object as it appears in the contract. */
export type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
  $ref?: string;
}

export interface OpenApiMediaType {
  schema?: JsonSchema;
}

export interface OpenApiResponse {
  $ref?: string;
  content?: Record<string, OpenApiMediaType>;
  headers?: Record<string, { schema?: JsonSchema }>;
}

export interface OpenApiOperation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, OpenApiMediaType> };
  responses?: Record<string, OpenApiResponse>;
}

export type OpenApiPathItem = Record<string, unknown> & { parameters?: OpenApiParameter[] };

/** The subset of an OpenAPI 3.1 document the mock server is driven by. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, OpenApiPathItem>;
  security?: Record<string, string[]>[];
  components?: {
    schemas?: Record<string, JsonSchema>;
    parameters?: Record<string, OpenApiParameter>;
    responses?: Record<string, OpenApiResponse>;
    securitySchemes?: Record<string, { type: string; scheme?: string; in?: string; name?: string }>;
  };
}

/** Reads `@leadping/types/openapi.json`, the contract this package follows. */
export function loadBundledSpec(): OpenApiDocument {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@leadping/types/openapi.json");
  return JSON.parse(readFileSync(file, "utf8")) as OpenApiDocument;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** The schema a JSON pointer of the operation index (`#/components/parameters/LeadId/schema`) names, `$ref`s followed. */
export function schemaAt(spec: OpenApiDocument, pointer: string): JsonSchema {
  return resolveRef<JsonSchema>(spec, { $ref: pointer });
}

/** Follows a local `#/components/...` reference inside the document. */
export function resolveRef<T>(spec: OpenApiDocument, value: T & { $ref?: string }): T {
  let current: unknown = value;
  for (let depth = 0; depth < 16; depth++) {
    const ref = (current as { $ref?: unknown }).$ref;
    if (typeof ref !== "string") return current as T;
    if (!ref.startsWith("#/")) throw new Error(`Only local references are supported, got ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
    if (current === undefined) throw new Error(`Unresolvable reference ${ref}`);
  }
  throw new Error("Reference chain too deep");
}
