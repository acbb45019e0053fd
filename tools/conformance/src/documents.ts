// The two documents conformance compares: Leadping's official lead-domain contract
// (vendored in spec/reference, see its README) and ours (spec/, bundled).
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..", "..");

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

function readJson(path: string): JsonObject {
  const value: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error(`${path} is not a JSON object`);
  return value as JsonObject;
}

/** A fresh copy of the official document, exactly as vendored. */
export function officialContract(): JsonObject {
  return readJson(join(root, "spec", "reference", "leadping-lead-domain.openapi.json"));
}

/** A fresh copy of our bundled contract (spec/dist/openapi.json, built by `pnpm --filter @leadping/spec build`). */
export function ourContract(): JsonObject {
  return readJson(join(root, "spec", "dist", "openapi.json"));
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

/** `"GET /leads/{id}"` → operationId, for every operation of a document. */
export function operationsOf(doc: JsonObject): Map<string, string> {
  const out = new Map<string, string>();
  const paths = doc["paths"] as Record<string, Record<string, { operationId?: string }>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op) out.set(`${method.toUpperCase()} ${path}`, op.operationId ?? "");
    }
  }
  return out;
}
