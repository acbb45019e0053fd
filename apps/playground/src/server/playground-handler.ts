// Request handling of the playground, independent of who listens: the API at
// /api/* (same origin as the page, so the browser needs no CORS), a small
// /_playground/info document, and — when given a webRoot — the built page.
// The production server and the Vite dev server (`pnpm dev`) both use it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { describeApiTarget, type ApiTarget } from "../shared/api-target.js";
import type { FetchLike } from "../shared/exchange-recorder.js";
import { createApiGateway, type ApiGateway } from "./api-gateway.js";
import { contentSecurityPolicy } from "./content-security-policy.js";
import { writeProblem } from "./problem-response.js";
import { browserSentDelivery, createHostCheck, crossOriginRefusal, unprovenCreatingGet } from "./request-guard.js";
import { createStaticFiles } from "./static-files.js";
import { inboxPath, type WebhookInbox } from "./webhook-inbox.js";
import { matchOperation, operationTable } from "@leadping/types";
import { RequestBodyTooLargeError, toFetchRequest, writeFetchResponse } from "@leadping/mock-server";

/** Path prefix under which the API is mounted. */
export const apiMountPath = "/api";

/** Options of {@link createPlaygroundHandler}. */
export interface PlaygroundHandlerOptions {
  /** Which API /api talks to. */
  target: ApiTarget;
  /** Directory of the built page; without one, other requests go to `next`. @default undefined */
  webRoot?: string | undefined;
  /** Fetch used to reach a remote API. @default globalThis.fetch */
  fetch?: FetchLike | undefined;
  /** Receives one line per API request (method, path, status, duration). @default no logging */
  log?: ((line: string) => void) | undefined;
  /** Host names served besides the loopback names; requests for any other Host get 403. @default [] */
  allowedHosts?: readonly string[] | undefined;
  /** The webhook receiver behind POST /_playground/webhooks and GET /_playground/inbox. @default none */
  inbox?: WebhookInbox | undefined;
}

/** Methods /api forwards; OPTIONS is answered here and never reaches the API. */
const apiMethods = "GET, HEAD, POST, PUT, PATCH, DELETE";

/** A node:http / Connect-style request handler. */
export type PlaygroundHandler = (message: IncomingMessage, response: ServerResponse, next?: () => void) => void;

function apiPathOf(url: URL): string | null {
  if (url.pathname !== apiMountPath && !url.pathname.startsWith(`${apiMountPath}/`)) return null;
  return `${url.pathname.slice(apiMountPath.length) || "/"}${url.search}`;
}

async function handleApi(
  gateway: ApiGateway,
  message: IncomingMessage,
  response: ServerResponse,
  url: URL,
  apiPath: string,
): Promise<number> {
  // Stop waiting on the API when the browser goes away.
  const abort = new AbortController();
  response.once("close", () => {
    if (!response.writableFinished) abort.abort();
  });
  let request: Request;
  try {
    request = await toFetchRequest(message, url, { maxBodyBytes: maxRequestBodyBytes, signal: abort.signal });
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
  await writeFetchResponse(answer, response, { dropHeader: isCorsGrant });
  return answer.status;
}

/** Creates the handler; a local target starts its in-memory API now. */
export function createPlaygroundHandler(options: PlaygroundHandlerOptions): PlaygroundHandler {
  const { inbox } = options;
  const gateway = createApiGateway(options.target, { ...(options.fetch ? { fetch: options.fetch } : {}), inbox });
  const info = JSON.stringify({ api: options.target.kind, description: describeApiTarget(options.target), apiBasePath: apiMountPath });
  const { log, webRoot } = options;
  const hostRefusal = createHostCheck(options.allowedHosts);
  const staticFiles = webRoot === undefined ? null : createStaticFiles(webRoot);

  return (message, response, next) => {
    const url = new URL(message.url ?? "/", "http://playground.local");
    const apiPath = apiPathOf(url);
    const method = (message.method ?? "GET").toUpperCase();
    const started = performance.now();
    const done = (status: number) =>
      log?.(`${method} ${url.pathname}${url.search} → ${status} (${(performance.now() - started).toFixed(1)} ms)`);
    const fail = (error: unknown) => {
      if (!response.headersSent)
        writeProblem(response, 500, "Playground server error", error instanceof Error ? error.message : String(error));
      else response.destroy();
    };
    // Dev mode hands the page to Vite, whose client injects inline styles: the policy is for the built page.
    if (webRoot !== undefined || apiPath !== null) response.setHeader("content-security-policy", contentSecurityPolicy);
    const refusal =
      hostRefusal(message.headers) ??
      (apiPath !== null ? crossOriginRefusal(message.headers) : null) ??
      (apiPath !== null && (method === "GET" || method === "HEAD") && createsOnGet(apiPath.split("?")[0]!)
        ? unprovenCreatingGet(message.headers)
        : null) ??
      (url.pathname === inboxPath ? browserSentDelivery(message.headers) : null);
    if (refusal) {
      writeProblem(response, 403, refusal.title, refusal.detail);
      done(403);
    } else if (apiPath !== null && method === "OPTIONS") {
      // Same-origin pages need no preflight; grant no other origin anything.
      response.writeHead(204, { allow: apiMethods });
      response.end();
      done(204);
    } else if (apiPath !== null) {
      handleApi(gateway, message, response, url, apiPath).then(done, fail);
    } else if (url.pathname === "/_playground/info") {
      response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      response.end(info);
    } else if (inbox && url.pathname === inboxPath && method === "POST") {
      toFetchRequest(message, url, { maxBodyBytes: maxRequestBodyBytes })
        .then((request) => inbox.receive(request))
        .then((answer) => writeFetchResponse(answer, response, { dropHeader: isCorsGrant }).then(() => done(answer.status)))
        .catch(fail);
    } else if (inbox && url.pathname === "/_playground/inbox") {
      response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      response.end(JSON.stringify(inbox.entries()));
    } else if (webRoot === undefined && next) {
      next();
    } else if ((method === "GET" || method === "HEAD") && staticFiles !== null) {
      try {
        staticFiles(message, response);
      } catch (error) {
        fail(error);
      }
    } else {
      response.setHeader("allow", "GET, HEAD");
      writeProblem(response, 405, "Method not allowed", `${method} is not allowed on ${url.pathname}.`);
    }
  };
}

/** Whether `GET path` is an operation that creates (`GET /leads/intake`), by the generated operation index. */
function createsOnGet(path: string): boolean {
  const match = matchOperation("GET", path);
  return match.kind === "operation" && operationTable[match.key].create;
}

/** Largest request body the playground accepts before answering 413. */
const maxRequestBodyBytes = 2 * 1024 * 1024;

/**
 * The API's CORS grants (such as `*`) would let other origins read /api: only the playground's page may.
 * The API's own Content-Security-Policy is dropped too: the playground sends its own.
 */
function isCorsGrant(name: string): boolean {
  return name.startsWith("access-control-") || name === "content-security-policy";
}
