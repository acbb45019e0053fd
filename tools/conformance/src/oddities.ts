// Known oddities of the official lead-domain document: places where it says something
// the real API does not do, or that JSON Schema reads differently from what was meant.
// Response validation (test/responses.test.ts) applies exactly these corrections to a
// copy of the official document, and nothing else; each one is listed with its reason.
import type { Json, JsonObject } from "./documents.js";

export interface Oddity {
  id: string;
  /** What the document says and why it cannot be taken literally. */
  reason: string;
  /** Corrects a copy of the document in place; returns how many places it changed. */
  apply(doc: JsonObject): number;
}

function isObject(value: Json | undefined): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Calls `visit` on every object node of the document. */
function walk(node: Json, visit: (node: JsonObject) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (isObject(node)) {
    visit(node);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

const schema = (doc: JsonObject, name: string): JsonObject => {
  const found = ((doc["components"] as JsonObject)["schemas"] as JsonObject)[name];
  if (!isObject(found)) throw new Error(`the official document has no schema ${name}`);
  return found;
};

const nullableProperty = (doc: JsonObject, schemaName: string, property: string): number => {
  const prop = (schema(doc, schemaName)["properties"] as JsonObject)[property];
  if (!isObject(prop) || typeof prop["type"] !== "string") return 0;
  prop["type"] = [prop["type"], "null"];
  return 1;
};

export const ODDITIES: readonly Oddity[] = [
  {
    id: "nullable-allOf",
    reason:
      "`type: [null, object]` beside an `allOf` of one `$ref` is meant as 'this object or null', but JSON Schema applies the `allOf` to null too, and the referenced object schema rejects null. Read as `anyOf: [the $ref, null]`.",
    apply(doc) {
      let changed = 0;
      walk(doc, (node) => {
        const type = node["type"];
        const allOf = node["allOf"];
        if (Array.isArray(type) && type.includes("null") && Array.isArray(allOf) && allOf.length === 1) {
          node["anyOf"] = [allOf[0]!, { type: "null" }];
          delete node["allOf"];
          delete node["type"];
          changed++;
        }
      });
      return changed;
    },
  },
  {
    id: "nullable-enum-without-null",
    reason:
      "Nullable enums (`type: [null, string]`, e.g. `category`, `changeSource`, `archiveReason`, `processingStatus`) list no `null` in `enum`, so JSON Schema rejects the null the type allows and the API sends. Read as enum plus null.",
    apply(doc) {
      let changed = 0;
      walk(doc, (node) => {
        const type = node["type"];
        const values = node["enum"];
        if (Array.isArray(type) && type.includes("null") && Array.isArray(values) && !values.includes(null)) {
          values.push(null);
          changed++;
        }
      });
      return changed;
    },
  },
  {
    id: "trusted-form-url-required",
    reason:
      "`LeadMetadata` requires `trustedFormUrl` as a non-null URI, but most leads have no TrustedForm certificate: the API leaves it out or sends null (the same document types it `[null, string]` on intake).",
    apply(doc) {
      const metadata = schema(doc, "LeadMetadata");
      delete metadata["required"];
      return 1 + nullableProperty(doc, "LeadMetadata", "trustedFormUrl");
    },
  },
  {
    id: "table-row-contact-not-nullable",
    reason:
      "`LeadTableRow.phone` and `.email` are non-null strings, but leads without a phone number or an email address exist (intake requires neither), and their rows carry null.",
    apply: (doc) => nullableProperty(doc, "LeadTableRow", "phone") + nullableProperty(doc, "LeadTableRow", "email"),
  },
  {
    id: "problem-media-type",
    reason:
      "Many error responses declare `application/json` (or `text/plain`), while errors are RFC 9457 problem details sent as `application/problem+json`, as other responses of the same document say. The body is checked against the declared ProblemDetails schema whatever the media type.",
    apply(doc) {
      let changed = 0;
      walk(doc, (node) => {
        const content = node["content"];
        if (!isObject(content) || content["application/problem+json"] !== undefined) return;
        const json = content["application/json"];
        if (isObject(json) && JSON.stringify(json).includes("#/components/schemas/ProblemDetails")) {
          content["application/problem+json"] = json;
          changed++;
        }
      });
      return changed;
    },
  },
];

/** A copy of `official` with every oddity corrected; throws when an oddity no longer applies (the document changed). */
export function correctedOfficial(official: JsonObject): JsonObject {
  const doc = structuredClone(official);
  for (const oddity of ODDITIES) if (oddity.apply(doc) === 0) throw new Error(`oddity ${oddity.id} no longer applies: review it`);
  return doc;
}
