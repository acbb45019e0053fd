// Reads a delivery's body under a byte limit. Called only after the headers
// and timestamp passed, so an unsigned request is refused without reading a byte.
import { ignore, readLimited } from "../read-limited.js";
import { WebhookVerificationError } from "./errors.js";

/** Default `maxBodyBytes`: 1 MiB, far above any Leadping event (a few KiB). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * The body's bytes, or a `body-too-large` refusal: at once when `Content-Length`
 * is over `maxBytes`, otherwise as soon as the streamed bytes pass it (the
 * stream is then cancelled, so the rest is never buffered).
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
    request.body?.cancel().catch(ignore);
    throw new WebhookVerificationError("body-too-large");
  }
  if (!request.body) return new Uint8Array(0);
  return readLimited(request.body.getReader(), maxBytes, () => new WebhookVerificationError("body-too-large"));
}
