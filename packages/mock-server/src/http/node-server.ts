// startMockServer: the mock over node:http on 127.0.0.1, sharing the core with `api`.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { MockCore } from "./pipeline.js";
import { MAX_BODY_BYTES } from "./exchange.js";
import { HARD_BODY_CAP_BYTES, type NodeBody, readNodeBody } from "./node-adapter.js";
import { type MockApi, mockApiFor } from "./fetch-handler.js";
import { mockServerHostCheck, refuseHost } from "./host-allow-list.js";
import type { MockApiOptions } from "../options.js";
import { type ProblemKind, problemReply } from "./problem.js";

/** Options of `startMockServer`. */
export interface MockServerOptions extends MockApiOptions {
  /** Port to listen on; 0 picks a free one. @default 0 */
  port?: number;
  /** Interface to bind. @default "127.0.0.1" */
  host?: string;
  /** Host names answered besides the loopback names and `host` (DNS rebinding guard); `["*"]` answers any. Bound to a non-loopback interface, Host is checked only when this is given. @default [] */
  allowedHosts?: string[];
}

/** A running mock server. */
export interface RunningMockServer {
  /** Base URL, such as `http://127.0.0.1:53124`. */
  url: string;
  /** The same mock in process: its store, reset and faults act on this server. */
  api: MockApi;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
}

/** Starts the mock API over HTTP. */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const { port = 0, host = "127.0.0.1", allowedHosts, ...apiOptions } = options;
  const core = new MockCore(apiOptions);
  const hostAllowed = mockServerHostCheck(host, allowedHosts);
  const server = createServer({ keepAliveTimeout: 10_000 }, (req, res) =>
    hostAllowed(req.headers.host) ? serve(core, req, res) : refuseHost(req, res),
  );
  // Requests Node's parser rejects (unknown methods, broken headers) still get a problem document.
  server.on("clientError", (error: Error & { code?: string }, socket: Socket) => answerClientError(error, socket));
  // Without a listener Node drops CONNECT silently; the API has no tunnels, so say so.
  server.on("connect", (_req: IncomingMessage, socket: Socket) => {
    socket.end(rawProblem("method-not-allowed", "Method Not Allowed", "CONNECT is not supported.", { Allow: "GET, POST, PUT, DELETE" }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const stop = () => {
    core.webhooks.close();
    return stopServer(server);
  };
  return { url: `http://${shownHost}:${address.port}`, api: mockApiFor(core), stop };
}

function serve(core: MockCore, req: IncomingMessage, res: ServerResponse): void {
  const declared = Number(req.headers["content-length"] ?? "0");
  const hasBody = declared > 0 || req.headers["transfer-encoding"] !== undefined;
  // Bodies over the limit are read and discarded so the client can finish sending and see
  // the 413; only beyond the hard cap is the body left unread and the connection closed.
  if (declared > HARD_BODY_CAP_BYTES) return void respond(core, req, res, { body: null, tooLarge: true, overHardCap: true });
  if (!hasBody) return void respond(core, req, res, NO_BODY);
  readNodeBody(req, MAX_BODY_BYTES).then(
    (read) => respond(core, req, res, read),
    () => res.destroy(),
  );
}

const NO_BODY = { body: null, tooLarge: false, overHardCap: false };

async function respond(core: MockCore, req: IncomingMessage, res: ServerResponse, read: NodeBody): Promise<void> {
  // Created only when the core waits (injected latency): most requests never need one.
  let abort: AbortController | undefined;
  const clientGone = () => res.destroyed && !res.writableFinished;
  try {
    const raw = req.url ?? "/";
    const q = raw.indexOf("?");
    const response = await core.handle({
      method: req.method ?? "GET",
      pathname: q < 0 ? raw : raw.slice(0, q),
      search: q < 0 ? "" : raw.slice(q + 1),
      header: (name) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value.join(", ") : value;
      },
      body: read.body,
      bodyTooLarge: read.tooLarge,
      remoteAddress: req.socket.remoteAddress,
      signal: () => {
        if (!abort) {
          const controller = (abort = new AbortController());
          if (clientGone()) controller.abort(new Error("client went away"));
          else res.once("close", () => clientGone() && controller.abort(new Error("client went away")));
        }
        return abort.signal;
      },
    });
    if (response.kind === "drop") {
      req.socket.destroy();
      return;
    }
    // A Content-Length (instead of chunked encoding) lets Node send head and body together.
    const body = response.body ?? undefined;
    const headers: Record<string, string | number> = response.headers;
    if (response.status !== 204) headers["content-length"] = body === undefined ? 0 : Buffer.byteLength(body);
    if (read.overHardCap) headers["connection"] = "close";
    res.writeHead(response.status, headers);
    res.end(body);
  } catch (error) {
    if (abort?.signal.aborted || clientGone()) return;
    if (!res.headersSent) {
      const reply = problemReply("server-error", { detail: String(error), instance: req.url ?? "/" });
      res.writeHead(reply.status, reply.headers);
      res.end(JSON.stringify(reply.payload));
    } else {
      res.destroy();
    }
  }
}

function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(
    error.code === "HPE_HEADER_OVERFLOW"
      ? rawProblem("headers-too-large", "Request Header Fields Too Large", "The request headers exceed the server's limit.")
      : rawProblem("bad-request", "Bad Request", "The HTTP request could not be parsed."),
  );
}

/** A complete HTTP/1.1 problem response for sockets Node's request handling never reached. */
function rawProblem(kind: ProblemKind, reason: string, detail: string, headers: Record<string, string> = {}): string {
  const reply = problemReply(kind, { detail, instance: null });
  const body = JSON.stringify(reply.payload);
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  return `HTTP/1.1 ${reply.status} ${reason}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`;
}

function stopServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
