// Path parameters for openapi-fetch (its `pathSerializer`, for resource calls
// and `lp.raw` alike): a parameter can never change which path is requested.
import { LeadpingError } from "./errors.js";

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

/** The path part of `url` (no query), cheaply when it starts with `baseUrl` (whose path part is `basePath`). */
export function pathOf(url: string, baseUrl: string, basePath: string): string {
  if (!url.startsWith(baseUrl)) return new URL(url).pathname;
  const query = url.indexOf("?", baseUrl.length);
  return basePath + url.slice(baseUrl.length, query === -1 ? undefined : query);
}
