// Finds the official operation a concrete request is for: `PUT /leads/lead_9` → `PUT /leads/{id}`.
// A literal segment beats a template segment, so `GET /leads/intake` is intake, not `GET /leads/{id}`.
import { HTTP_METHODS, type JsonObject } from "./documents.js";

/** The official operation key (`"GET /leads/{id}"`) a request's method and path are for, or `null`. */
export function matchOperation(doc: JsonObject, method: string, path: string): string | null {
  const segments = path.split("/");
  let best: { key: string; literals: number } | null = null;
  const paths = doc["paths"] as Record<string, Record<string, unknown>>;
  for (const [template, item] of Object.entries(paths)) {
    const lower = method.toLowerCase();
    if (!HTTP_METHODS.some((m) => m === lower) || item[lower] === undefined) continue;
    const parts = template.split("/");
    if (parts.length !== segments.length) continue;
    let literals = 0;
    const fits = parts.every((part, i) => {
      if (/^\{[^}]+\}$/.test(part)) return segments[i] !== "";
      literals++;
      return part === segments[i];
    });
    if (fits && (best === null || literals > best.literals)) best = { key: `${method.toUpperCase()} ${template}`, literals };
  }
  return best?.key ?? null;
}
