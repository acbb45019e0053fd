// Reads a delivery's body under a byte limit. Called only after the headers
// and timestamp passed, so an unsigned request is refused without reading a byte.
import { WebhookVerificationError } from "./errors.js";

/** Default `maxBodyBytes`: 1 MiB, far above any Leadping event (a few KiB). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const ignore = () => undefined;

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
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(ignore);
      throw new WebhookVerificationError("body-too-large");
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
