// One node:http server for the whole playground: the built page at /, the
// Leadping API at /api/* (same origin, so the browser needs no CORS), and a
// small /_playground/info document that says which API is behind /api.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describeApiTarget, type ApiTarget } from "../shared/apiTarget.js";
import type { FetchLike } from "../shared/exchangeRecorder.js";
import { createApiGateway, type ApiGateway } from "./apiGateway.js";
import { readRequest, RequestBodyTooLargeError, writeProblem, writeResponse } from "./nodeBridge.js";
import { serveStatic } from "./staticFiles.js";

/** Path prefix under which the API is mounted. */
export const apiMountPath = "/api";

/** Options of {@link startPlaygroundServer}. */
export interface PlaygroundServerOptions {
  /** Which API /api talks to. */
  target: ApiTarget;
  /** Directory of the built page (Vite's output). */
  webRoot: string;
  /** Interface to listen on. @default "127.0.0.1" */
  host?: string;
  /** Port to listen on; 0 picks a free one. @default 0 */
  port?: number;
  /** Fetch used to reach a remote API. @default globalThis.fetch */
  fetch?: FetchLike;
  /** Receives one line per API request (method, path, status, duration). @default no logging */
  log?: ((line: string) => void) | undefined;
}

/** A running playground server. */
export interface PlaygroundServer {
  /** Origin of the page, such as `http://127.0.0.1:5173`. */
  url: string;
  /** Base URL of the API as the browser sees it: `${url}/api`. */
  apiBaseUrl: string;
  /** Stops listening and closes open connections. */
  stop(): Promise<void>;
}

function apiPathOf(url: URL): string | null {
  if (url.pathname !== apiMountPath && !url.pathname.startsWith(`${apiMountPath}/`)) return null;
  return `${url.pathname.slice(apiMountPath.length) || "/"}${url.search}`;
}

async function handleApi(gateway: ApiGateway, message: IncomingMessage, response: ServerResponse, url: URL, apiPath: string): Promise<number> {
  // Stop waiting on the API when the browser goes away.
  const abort = new AbortController();
  response.once("close", () => {
    if (!response.writableFinished) abort.abort();
  });
  let request: Request;
  try {
    request = await readRequest(message, url, abort.signal);
  } catch (error) {
    if (!(error instanceof RequestBodyTooLargeError)) throw error;
    writeProblem(response, 413, "Request body too large", error.message);
    return 413;
  }
  let answer: Response;
  try {
    answer = await gateway(request, apiPath);
  } catch (error) {
    if (abort.signal.aborted) return 499;
    const reason = error instanceof Error ? error.name : "Error";
    writeProblem(response, 502, "The Leadping API could not be reached", `The playground server got no answer from the API (${reason}).`);
    return 502;
  }
  await writeResponse(answer, response);
  return answer.status;
}

/** Starts the playground server; resolves once it is listening. */
export async function startPlaygroundServer(options: PlaygroundServerOptions): Promise<PlaygroundServer> {
  const gateway = createApiGateway(options.target, options.fetch ? { fetch: options.fetch } : {});
  const info = JSON.stringify({ api: options.target.kind, description: describeApiTarget(options.target), apiBasePath: apiMountPath });
  const log = options.log;

  const server = createServer((message, response) => {
    const url = new URL(message.url ?? "/", "http://playground.local");
    const apiPath = apiPathOf(url);
    const method = (message.method ?? "GET").toUpperCase();
    const started = performance.now();
    const done = (status: number) => log?.(`${method} ${url.pathname}${url.search} → ${status} (${(performance.now() - started).toFixed(1)} ms)`);
    const fail = (error: unknown) => {
      if (!response.headersSent) writeProblem(response, 500, "Playground server error", error instanceof Error ? error.message : String(error));
      else response.destroy();
    };
    if (apiPath !== null) {
      handleApi(gateway, message, response, url, apiPath).then(done, fail);
    } else if (url.pathname === "/_playground/info") {
      response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      response.end(info);
    } else if (method === "GET" || method === "HEAD") {
      serveStatic(options.webRoot, url.pathname, method, response).catch(fail);
    } else {
      response.setHeader("allow", "GET, HEAD");
      writeProblem(response, 405, "Method not allowed", `${method} is not allowed on ${url.pathname}.`);
    }
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  return {
    url,
    apiBaseUrl: `${url}${apiMountPath}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
