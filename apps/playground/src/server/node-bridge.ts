// Converts between node:http and the Fetch API's Request/Response, so the API
// gateway can be written as a plain `(Request) => Promise<Response>`.
import type { IncomingMessage, ServerResponse } from "node:http";

/** Largest request body the playground accepts before answering 413. */
export const maxRequestBodyBytes = 2 * 1024 * 1024;

/** Thrown by {@link readRequest} when a body exceeds {@link maxRequestBodyBytes}. */
export class RequestBodyTooLargeError extends Error {
  override name = "RequestBodyTooLargeError";
}

async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxRequestBodyBytes) throw new RequestBodyTooLargeError(`request body over ${maxRequestBodyBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Builds a Fetch Request for `url` from an incoming node:http request, body included. */
export async function readRequest(message: IncomingMessage, url: URL, signal?: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = (message.method ?? "GET").toUpperCase();
  const body = method === "GET" || method === "HEAD" ? null : await readBody(message);
  return new Request(url, {
    method,
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : null,
    ...(signal ? { signal } : {}),
  });
}

// Hop-by-hop headers, those fetch already applied when it decoded the body, and the
// API's own Content-Security-Policy (the playground sends its own).
const droppedResponseHeaders = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-encoding",
  "content-length",
  "content-security-policy",
]);

/** Writes a Fetch Response to a node:http response, body included. */
export async function writeResponse(response: Response, target: ServerResponse): Promise<void> {
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : Buffer.alloc(0);
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    // The API's CORS grants (such as `*`) would let other origins read /api: only the playground's page may.
    if (!droppedResponseHeaders.has(name) && !name.startsWith("access-control-")) headers[name] = value;
  });
  const setCookies = response.headers.getSetCookie();
  if (setCookies.length > 0) headers["set-cookie"] = setCookies;
  headers["content-length"] = String(body.length);
  target.writeHead(response.status, headers);
  target.end(body);
}

/** Answers with an RFC 9457 problem details document. */
export function writeProblem(target: ServerResponse, status: number, title: string, detail: string): void {
  const body = JSON.stringify({ type: "about:blank", title, status, detail });
  target.writeHead(status, { "content-type": "application/problem+json", "content-length": Buffer.byteLength(body) });
  target.end(body);
}
