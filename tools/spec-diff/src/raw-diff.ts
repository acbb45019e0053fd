// A structural diff of two JSON documents: the pointers where they differ. Used to catch documentation
// changes and anything the semantic rules did not explain, so no change ships unreported.
import { childPointer, isObject, pointerTokens } from "./pointer.js";
import type { Json } from "./types.js";

/** Pointers of the smallest differing nodes (a key present on one side only is reported whole). */
export function rawDiff(base: Json | undefined, head: Json | undefined, pointer = "", out: string[] = []): string[] {
  if (base === head) return out;
  if (isObject(base) && isObject(head)) {
    for (const k of Object.keys(base)) rawDiff(base[k], head[k], childPointer(pointer, k), out);
    for (const k of Object.keys(head)) if (!(k in base)) out.push(childPointer(pointer, k));
  } else if (Array.isArray(base) && Array.isArray(head)) {
    for (let i = 0; i < Math.max(base.length, head.length); i++) rawDiff(base[i], head[i], childPointer(pointer, i), out);
  } else out.push(pointer);
  return out;
}

const docKeywords = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "externalDocs",
  "deprecated",
  "$comment",
  "tags",
  "info",
  "contact",
  "license",
  "termsOfService",
]);
/** Keys under which the next token is a name chosen by the author, not a keyword. */
const nameMaps = new Set([
  "properties",
  "patternProperties",
  "paths",
  "schemas",
  "parameters",
  "responses",
  "securitySchemes",
  "headers",
  "content",
  "$defs",
  "definitions",
  "requestBodies",
  "callbacks",
  "links",
  "encoding",
  "mapping",
  "variables",
]);

/** The pointer of the documentation keyword a raw difference sits in, or null if it is not documentation. */
export function docPointer(pointer: string): string | null {
  const tokens = pointerTokens(pointer);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const isName = previous !== undefined && nameMaps.has(previous) && !(previous === "parameters" && /^\d+$/.test(token));
    if (isName) continue;
    // `tags` on an operation lists tag names (docs only); `tags` at the top describes them.
    if (docKeywords.has(token) || token.startsWith("x-")) return childPointer("", ...tokens.slice(0, i + 1));
  }
  return null;
}
