// createNodeWebhookHandler: the same receiver for Node's `http` module and
// Express, which hand over an `IncomingMessage` and a `ServerResponse` rather
// than a `Request`. The body is streamed to the handler only when it asks for
// it (after the headers passed), so the byte limit holds here too. Typed
// structurally, so this subpath needs neither node: imports nor @types/node.
import { type WebhookHandlerOptions, createWebhookHandler } from "./handler.js";

/** What the adapter reads from Node's `IncomingMessage` (an Express request is one). */
export interface NodeWebhookRequest {
  /** The request method; anything but POST is answered 405. */
  method?: string | undefined;
  /** The request target (path and query). */
  url?: string | undefined;
  /** Node's `IncomingHttpHeaders`: lower-case names. */
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Whether the whole body has arrived. */
  complete?: boolean;
  /** Whether something already read the body stream to its end. */
  readableEnded?: boolean;
  /** Set by a body parser that ran first: bytes (`express.raw()`) or text (`express.text()`) are used as the raw body. */
  body?: unknown;
  /** Adds a listener for the body's `data`, `end`, `error` and `close` events. */
  // Node's own EventEmitter signature: its listener arguments are `any[]`, which nothing narrower accepts.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: string, listener: (...args: any[]) => void): unknown;
  /** Removes a listener added with `on`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  off(event: string, listener: (...args: any[]) => void): unknown;
  /** Stops the body's flow: it is read one chunk at a time, as the handler asks. */
  pause(): unknown;
  /** Lets the body flow again. */
  resume(): unknown;
}

/** What the adapter writes to Node's `ServerResponse` (an Express response is one). */
export interface NodeWebhookResponse {
  /** Sends the status line and headers. */
  writeHead(status: number, headers: Record<string, string>): unknown;
  /** Sends the (small) body and ends the answer. */
  end(body?: Uint8Array): unknown;
}

/**
 * Creates a webhook endpoint for `http.createServer` or Express (`app.post(path, handler)`),
 * with every behaviour and option of `createWebhookHandler`. Mount it before `express.json()`
 * (or after `express.raw()`): a parsed body no longer verifies.
 */
export function createNodeWebhookHandler(
  options: WebhookHandlerOptions,
): (req: NodeWebhookRequest, res: NodeWebhookResponse) => Promise<void> {
  const handle = createWebhookHandler(options);
  return async (req, res) => {
    const response = await handle(toRequest(req));
    // Its answers are a few bytes of JSON at most, so they are sent whole, with their length.
    const headers = Object.fromEntries(response.headers);
    // A body left unread (refused early, or over the limit) is not waited for: Node discards what
    // still arrives and closes the connection after this answer.
    if (req.complete !== true) headers["connection"] = "close";
    const answer = new Uint8Array(await response.arrayBuffer());
    headers["content-length"] = String(answer.byteLength);
    res.writeHead(response.status, headers);
    res.end(answer);
  };
}

function toRequest(req: NodeWebhookRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    try {
      if (typeof value === "string") headers.set(name, value);
      else for (const item of value) headers.append(name, item);
    } catch {
      // A value Node accepted but fetch's Headers does not: not a header a delivery needs.
    }
  }
  // Only POST is handled; any other method is answered 405, so it is passed on as GET (fetch's
  // Request throws on CONNECT, TRACE and TRACK, and a hostile method must not crash the server).
  const method = req.method === "POST" ? "POST" : "GET";
  const init: RequestInit & { duplex?: "half" } = { method, headers };
  if (method === "POST") {
    init.body = parsedBody(req) ?? streamOf(req);
    // Node's fetch needs `duplex` for a streamed request body.
    init.duplex = "half";
  }
  return new Request(urlOf(req.url), init);
}

function urlOf(path: string | undefined): URL {
  try {
    return new URL(path ?? "/", "http://localhost");
  } catch {
    return new URL("http://localhost/");
  }
}

/** The raw body a body parser already read, or undefined when the stream is still unread. */
function parsedBody(req: NodeWebhookRequest): Uint8Array<ArrayBuffer> | string | undefined {
  const { body } = req;
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return new Uint8Array(body);
  if (body === undefined && req.readableEnded !== true) return undefined;
  throw new TypeError(
    "createNodeWebhookHandler needs the raw body, but something already read or parsed it (express.json()?): mount the handler before it, or use express.raw().",
  );
}

/**
 * A pull stream over the request: nothing is read from the socket until the
 * handler reads, and each read takes one chunk. Cancelling only stops
 * listening: Node discards the rest once the answer is sent.
 */
function streamOf(req: NodeWebhookRequest): ReadableStream<Uint8Array<ArrayBuffer>> {
  let listening = false;
  let stop = () => undefined as void;
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (listening) return void req.resume();
        listening = true;
        const onData = (chunk: Uint8Array) => {
          req.pause();
          // A Buffer is a Uint8Array view on an ArrayBuffer (Node never hands out SharedArrayBuffer chunks).
          controller.enqueue(new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength));
        };
        const onEnd = () => (stop(), controller.close());
        const onError = (error: unknown) => (stop(), controller.error(error));
        const onClose = () => (stop(), controller.error(new Error("the request closed before its body ended")));
        stop = () => {
          req.off("data", onData);
          req.off("end", onEnd);
          req.off("error", onError);
          req.off("close", onClose);
        };
        req.on("data", onData);
        req.on("end", onEnd);
        req.on("error", onError);
        req.on("close", onClose);
        req.resume();
      },
      cancel() {
        stop();
        req.pause();
      },
    },
    { highWaterMark: 0 },
  );
}
