// URL building for the hand-written fast path and openapi-fetch's raw client
// alike: path parameters can never change which path is requested.
import { createQuerySerializer } from "openapi-fetch";
import { LeadpingError } from "./errors.js";

const querySerializer = createQuerySerializer();

const PATH_PARAM_RE = /\{([^{}]+)\}/g;

/**
 * Encodes one path parameter as a single segment. `encodeURIComponent` escapes
 * `/ ? # %`, but a segment that is empty, `.` or `..` would still be collapsed
 * by URL parsing (`%2E%2E` counts as `..` too), so those are rejected.
 */
export function encodePathParam(name: string, value: unknown): string {
  const text = String(value);
  if (value == null || /^\.{0,2}$/.test(text)) {
    throw new LeadpingError(`Path parameter ${name} must not be empty, "." or "..".`);
  }
  return encodeURIComponent(text);
}

/** Fills `{name}` placeholders of a path template with encoded parameters. */
export function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(PATH_PARAM_RE, (_, name: string) => encodePathParam(name, params?.[name]));
}

/** Serializes query parameters exactly like openapi-fetch (arrays exploded, nullish skipped), with the leading `?`. */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  const search = query ? querySerializer(query) : "";
  return search && `?${search}`;
}
