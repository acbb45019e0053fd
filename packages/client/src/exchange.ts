// The bridge between openapi-fetch and the retried transport. openapi-fetch
// builds each request (URL, query, headers, JSON body) and runs middleware;
// its `fetch` is this module, which sends through the transport with the
// operation's facts. Without middleware nobody needs a real Request/Response,
// so openapi-fetch gets `PreparedRequest` and a `BufferedResponse` instead:
// no body stream to pipe and no second copy of the body.
import { redact, redactHeaders } from "./auth.js";
import { readBodyBytes, readBodyText } from "./body-limit.js";
import type { RequestTarget } from "./errors.js";
import type { OperationFacts } from "./operations.js";
import type { ClientConfig, RequestOptions } from "./options.js";
import { send } from "./transport.js";

/** The fields of a Request that openapi-fetch and the transport use, without a body stream. */
export class PreparedRequest {
  // `declare`d and assigned in the constructor: no field initialisers in the bundle.
  declare readonly url: string;
  declare readonly method: string;
  declare readonly headers: Headers;
  declare readonly body: BodyInit | null;
  declare readonly signal: AbortSignal | null;
  constructor(url: string, init: RequestInit) {
    // openapi-fetch passes the Headers it merged, so they are a Headers object.
    Object.assign(this, { url, method: init.method, headers: init.headers, body: init.body ?? null, signal: init.signal ?? null });
  }
}

/** A delivered response whose body has already been read as text: what openapi-fetch reads of a Response. */
export type BufferedResponse = Pick<Response, "status" | "statusText" | "ok" | "headers" | "text">;

function buffered(
  { status, statusText, ok, headers }: Pick<Response, "status" | "statusText" | "ok" | "headers">,
  text: string,
): BufferedResponse {
  return { status, statusText, ok, headers, text: () => Promise.resolve(text) };
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** The path part of `url` (no query), cheaply when it starts with the base URL. */
function pathOf(config: ClientConfig, url: string): string {
  if (url.startsWith(config.baseUrl)) {
    const query = url.indexOf("?", config.baseUrl.length);
    return config.basePath + url.slice(config.baseUrl.length, query === -1 ? undefined : query);
  }
  return new URL(url).pathname;
}

function plainHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

async function outgoing(config: ClientConfig, request: Request | PreparedRequest) {
  const { url, method } = request;
  // A real Request (middleware is present) carries its body as a stream: read it
  // once so every retry can resend it.
  const body = request instanceof PreparedRequest ? request.body : request.body ? new Uint8Array(await request.arrayBuffer()) : null;
  return { url, method, path: pathOf(config, url), headers: plainHeaders(request.headers), body };
}

/** What a resource call's exchange delivered, for reading the result after openapi-fetch returns. */
export interface DeliveredText {
  response?: Pick<Response, "ok" | "status" | "statusText" | "headers">;
  text?: string;
  target?: RequestTarget;
  /** The W3C trace id the last attempt sent, if any. */
  traceId?: string | undefined;
}

/**
 * Sends a resource call. Resolves with a BufferedResponse, or with a real
 * Response when middleware will see it; `delivered` keeps the raw text.
 */
export async function exchangeText(
  config: ClientConfig,
  facts: OperationFacts,
  request: Request | PreparedRequest,
  call: RequestOptions | undefined,
  delivered: DeliveredText,
): Promise<Response | BufferedResponse> {
  const sent = await outgoing(config, request);
  const limit = call?.maxResponseBytes ?? config.maxResponseBytes;
  const { response, body, traceId, credential } = await send(config, facts, sent, call, (res) => readBodyText(res, limit, sent));
  delivered.target = sent;
  delivered.traceId = traceId;
  // An error answer may echo a credential in its body or any header; the call's own is redacted even when no longer remembered.
  const { ok, status, statusText } = response;
  const headers = ok ? response.headers : redactHeaders(config, response.headers, credential);
  delivered.text = ok ? body : redact(config, body, credential);
  delivered.response =
    request instanceof PreparedRequest
      ? buffered({ status, statusText, ok, headers }, delivered.text)
      : new Response(NULL_BODY_STATUSES.has(status) ? null : delivered.text, { status, statusText, headers });
  return delivered.response as Response | BufferedResponse;
}

/** Sends an `lp.raw` call: a real Response whose body was read within the attempt, error bodies redacted. */
export async function exchangeBytes(
  config: ClientConfig,
  facts: OperationFacts,
  request: Request | PreparedRequest,
  call: RequestOptions | undefined,
): Promise<Response> {
  const sent = await outgoing(config, request);
  const limit = call?.maxResponseBytes ?? config.maxResponseBytes;
  const { response, body, credential } = await send(config, facts, sent, call, (res) => readBodyBytes(res, limit, sent));
  if (response.ok || (config.secrets.size === 0 && !credential)) {
    return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, response);
  }
  // An error answer may echo a credential in its body or any header; the call's own is redacted even when no longer remembered.
  const init = { status: response.status, statusText: response.statusText, headers: redactHeaders(config, response.headers, credential) };
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : redact(config, new TextDecoder().decode(body), credential), init);
}
