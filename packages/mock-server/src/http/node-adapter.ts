// The one Node adapter: node:http ↔ the Fetch API's Request and Response, with the one
// size-limited reader of Node request bodies. The local API's server reads bodies with it (and
// skips building a Request: on the hot path that costs more than the rest of a request); the
// playground server builds Requests with it and writes Responses back.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Readable } from "node:stream";

/** Beyond this the reader stops reading and the connection is closed: 16 MiB. */
export const HARD_BODY_CAP_BYTES = 16 * 1024 * 1024;

/** What the reader kept of a body. */
export interface NodeBody {
  /** The bytes, or `null` when there were none or more than the limit. */
  body: Uint8Array | null;
  /** More than the limit arrived. */
  tooLarge: boolean;
  /** Over the hard cap: the rest was left unread, so the connection must close. */
  overHardCap: boolean;
}

/**
 * Reads a Node request body, keeping at most `limit` bytes. Bytes beyond the limit are read and
 * discarded (so the client can finish sending and read the 413) up to `hardCap`. Event-based, no
 * async iterator: cheaper per request.
 */
export function readNodeBody(stream: Readable, limit: number, hardCap: number = HARD_BODY_CAP_BYTES): Promise<NodeBody> {
  return new Promise((resolve, reject) => {
    const kept: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > hardCap) {
        cleanup();
        stream.pause();
        resolve({ body: null, tooLarge: true, overHardCap: true });
      } else if (total <= limit) {
        kept.push(chunk);
      }
    };
    const onEnd = () => {
      cleanup();
      if (total > limit) resolve({ body: null, tooLarge: true, overHardCap: false });
      else if (total === 0) resolve({ body: null, tooLarge: false, overHardCap: false });
      else resolve({ body: kept.length === 1 ? kept[0]! : Buffer.concat(kept), tooLarge: false, overHardCap: false });
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      stream.removeListener("data", onData);
      stream.removeListener("end", onEnd);
      stream.removeListener("error", onError);
    };
    stream.on("data", onData);
    stream.on("end", onEnd);
    stream.on("error", onError);
  });
}

/** Thrown by {@link toFetchRequest} when a body exceeds its limit. */
export class RequestBodyTooLargeError extends Error {
  override name = "RequestBodyTooLargeError";
}

/** Builds a Fetch Request for `url` from an incoming node:http request, body included (at most `maxBodyBytes`). */
export async function toFetchRequest(
  message: IncomingMessage,
  url: URL,
  options: { maxBodyBytes: number; signal?: AbortSignal },
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = (message.method ?? "GET").toUpperCase();
  let body: Uint8Array | null = null;
  if (method !== "GET" && method !== "HEAD") {
    const read = await readNodeBody(message, options.maxBodyBytes);
    if (read.tooLarge) {
      if (read.overHardCap) message.destroy();
      throw new RequestBodyTooLargeError(`request body over ${options.maxBodyBytes} bytes`);
    }
    body = read.body;
  }
  return new Request(url, {
    method,
    headers,
    body: body ? new Uint8Array(body) : null,
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

// Hop-by-hop headers, and those fetch already applied when it decoded the body.
const hopByHop = new Set(["connection", "keep-alive", "transfer-encoding", "content-encoding", "content-length"]);

/** Writes a Fetch Response to a node:http response, body included; `dropHeader` leaves headers out. */
export async function writeFetchResponse(
  response: Response,
  target: ServerResponse,
  options: { dropHeader?: (name: string) => boolean } = {},
): Promise<void> {
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : Buffer.alloc(0);
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (!hopByHop.has(name) && name !== "set-cookie" && !options.dropHeader?.(name)) headers[name] = value;
  });
  const setCookies = response.headers.getSetCookie();
  if (setCookies.length > 0 && !options.dropHeader?.("set-cookie")) headers["set-cookie"] = setCookies;
  headers["content-length"] = String(body.length);
  target.writeHead(response.status, headers);
  target.end(body);
}
