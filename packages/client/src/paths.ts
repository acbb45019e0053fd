// URL building for the hand-written fast path and openapi-fetch's raw client
// alike: path parameters can never change which path is requested.
import { LeadpingError } from "./errors.js";

const PATH_PARAM_RE = /\{([^{}]+)\}/g;

/**
 * Encodes one path parameter as a single segment. `encodeURIComponent` escapes
 * `/ ? # %`, but a segment that is empty, `.` or `..` would still be collapsed
 * by URL parsing (`%2E%2E` counts as `..` too), so those are rejected.
 */
export function encodePathParam(name: string, value: unknown): string {
  const text = String(value);
  if (value === undefined || value === null || text === "" || text === "." || text === "..") {
    throw new LeadpingError(`Path parameter "${name}" must be a non-empty identifier other than "." or "..".`);
  }
  return encodeURIComponent(text);
}

/** Fills `{name}` placeholders of a path template with encoded parameters. */
export function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(PATH_PARAM_RE, (_, name: string) => encodePathParam(name, params?.[name]));
}

/** Serializes query parameters like openapi-fetch's default: arrays exploded (`a=1&a=2`), nullish skipped. */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(item))}`);
    }
  }
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}
