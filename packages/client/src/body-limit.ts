// Reads a response body with a size limit, so a hostile or broken server
// cannot exhaust memory: a declared Content-Length over the limit fails before
// reading, and any other body is counted chunk by chunk (after decoding, so a
// gzip bomb counts at its real size) and cancelled once over the limit.
import { LeadpingResponseTooLargeError } from "./errors.js";
import type { RequestTarget } from "./errors.js";
import { ignore, readLimited } from "./read-limited.js";

/** Default `maxResponseBytes`: 32 MiB, far above any Leadping response (a 100-lead page is well under 1 MiB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

const decoder = new TextDecoder();

/**
 * Whether the response has no body whatever its headers say: a HEAD answer's
 * Content-Length is that of the GET body, and 204/205/304 carry none. Any
 * stream a broken server sent anyway is dropped unread.
 */
function bodiless(response: Response, target: RequestTarget): boolean {
  const { status } = response;
  if (target.method !== "HEAD" && status !== 204 && status !== 205 && status !== 304) return false;
  response.body?.cancel().catch(ignore);
  return true;
}

/**
 * Whether the body is provably within `limit` without counting it: a declared
 * Content-Length within the limit and no Content-Encoding (fetch frames the body
 * by that length, so it cannot grow past it). Over the limit it fails at once.
 */
function declaredWithin(response: Response, limit: number, target: RequestTarget): boolean {
  const declared = response.headers.get("content-length");
  // Content-Length counts encoded bytes; with Content-Encoding the decoded count decides.
  if (declared === null || !/^\d+$/.test(declared) || response.headers.has("content-encoding")) return false;
  if (Number(declared) > limit) {
    response.body?.cancel().catch(ignore);
    throw new LeadpingResponseTooLargeError(target, response.status, limit);
  }
  return true;
}

/** The body's bytes, or LeadpingResponseTooLargeError once it exceeds `limit` bytes. */
export async function readBodyBytes(response: Response, limit: number, target: RequestTarget): Promise<Uint8Array<ArrayBuffer>> {
  if (bodiless(response, target)) return new Uint8Array(0);
  const body = response.body;
  if (declaredWithin(response, limit, target)) return new Uint8Array(await response.arrayBuffer());
  // A fetch without body streams (some polyfills) still gets the Content-Length check above.
  if (!body) return new Uint8Array(await response.arrayBuffer());
  return readLimited(body.getReader(), limit, () => new LeadpingResponseTooLargeError(target, response.status, limit));
}

/**
 * The body as UTF-8 text (like `response.text()`), within `limit` bytes. Not
 * `async`, so the common path hands back fetch's own promise unwrapped; an
 * over-long declared length throws LeadpingResponseTooLargeError at once.
 */
export function readBodyText(response: Response, limit: number, target: RequestTarget): Promise<string> {
  if (bodiless(response, target)) return Promise.resolve("");
  // The common case, a JSON answer with its length: fetch's own reader, no chunk loop.
  if (declaredWithin(response, limit, target)) return response.text();
  return readBodyBytes(response, limit, target).then((bytes) => decoder.decode(bytes));
}
