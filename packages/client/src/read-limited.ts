// Reads a body stream into one buffer under a byte limit, cancelling the stream as soon as the
// limit is passed so the rest is never buffered. Shared by the response size cap (body-limit.ts)
// and the webhook receiver's body limit (webhooks/body.ts); each says what "too large" throws.

/** Swallows the rejection of a best-effort `cancel()`. */
export const ignore = (): undefined => undefined;

/** The stream's bytes, or `tooLarge()` thrown once more than `limit` bytes arrived. */
export async function readLimited(
  reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>,
  limit: number,
  tooLarge: () => Error,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      // Cancelling makes fetch (or the server) drop the connection instead of draining the rest.
      reader.cancel().catch(ignore);
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
