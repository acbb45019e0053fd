// The differ understands OpenAPI 3.0 and 3.1 only. Anything else is refused with a clear error instead of
// being diffed as if it were 3.x (a Swagger 2.0 document would otherwise "diff clean" while meaning nothing).
import { isObject } from "./pointer.js";
import type { Json, JsonObject } from "./types.js";

export class UnsupportedDocumentError extends Error {
  override name = "UnsupportedDocumentError";
}

/** Returns the document when it declares `openapi: 3.x.y`; throws UnsupportedDocumentError otherwise. */
export function assertOpenApi3(doc: Json, label: string): JsonObject {
  if (!isObject(doc)) throw new UnsupportedDocumentError(`${label}: not an OpenAPI document (expected a JSON object)`);
  if (typeof doc.swagger === "string") {
    throw new UnsupportedDocumentError(
      `${label}: Swagger ${doc.swagger} is not supported — spec-diff compares OpenAPI 3.0/3.1 documents only; convert it first (e.g. swagger2openapi)`,
    );
  }
  const version = doc.openapi;
  if (typeof version !== "string")
    throw new UnsupportedDocumentError(`${label}: missing \`openapi\` version field — spec-diff compares OpenAPI 3.0/3.1 documents only`);
  if (!/^3\.\d+\.\d+/.test(version))
    throw new UnsupportedDocumentError(`${label}: OpenAPI ${version} is not supported — spec-diff compares OpenAPI 3.x documents only`);
  return doc;
}
