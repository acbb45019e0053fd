// Runs one resource call: builds the URL and JSON body, sends it through the
// retried transport and returns the parsed body or throws the typed error.
// Without middleware it calls fetch directly (the hot path); with middleware
// it goes through openapi-fetch so the middleware sees a real Request.
import type { Middleware } from "openapi-fetch";
import { normalizeHeaders } from "./options.js";
import type { ClientConfig, RequestOptions } from "./options.js";
import { policyFor } from "./operations.js";
import type { OperationKey } from "./operations.js";
import { fillPath, serializeQuery } from "./paths.js";
import { createRawClient, sendRequest } from "./raw.js";
import type { LeadpingRawClient } from "./raw.js";
import { callResult } from "./response.js";
import { send } from "./transport.js";
import type { Delivered } from "./transport.js";

/** Everything a resource needs to make calls. */
export interface ClientContext {
  config: ClientConfig;
  raw: LeadpingRawClient;
  /** True when user middleware must see every call. */
  viaMiddleware: boolean;
  /** Client headers plus `content-type: application/json`, prebuilt for calls with a body. */
  jsonHeaders: Record<string, string>;
}

/** The parts of one call besides the operation. */
export interface CallInput {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

export function createContext(config: ClientConfig, middleware: Middleware[]): ClientContext {
  const raw = createRawClient(config, middleware);
  const context: ClientContext = {
    config,
    raw,
    viaMiddleware: middleware.length > 0,
    jsonHeaders: { "content-type": "application/json", ...config.headers },
  };
  // Middleware added later with lp.raw.use() must see resource calls too.
  const use = raw.use.bind(raw);
  raw.use = (...added) => {
    use(...added);
    context.viaMiddleware = true;
  };
  return context;
}

const readText = (response: Response) => response.text();

/** Calls `operation` (such as `"PUT /leads/{id}"`) and resolves with its parsed 2xx body. */
export async function invoke<T>(context: ClientContext, operation: OperationKey, input: CallInput, call?: RequestOptions): Promise<T> {
  const { config } = context;
  const [method, template] = operation.split(" ") as [string, string];
  const path = fillPath(template, input.path);
  const target = { method, path: config.basePath + path };
  // `undefined` without a body (JSON.stringify(undefined) is undefined).
  const json = JSON.stringify(input.body) as string | undefined;
  const baseHeaders = json === undefined ? config.headers : context.jsonHeaders;
  const { response, body } = context.viaMiddleware
    ? await sendThroughMiddleware(context, operation, input, call)
    : await send(
        config,
        policyFor(operation),
        {
          ...target,
          url: config.baseUrl + path + serializeQuery(input.query),
          headers: call?.headers ? { ...baseHeaders, ...normalizeHeaders(call.headers) } : baseHeaders,
          body: json,
        },
        call,
        readText,
      );
  return callResult(config, operation, target, response, body) as T;
}

type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * The same call through openapi-fetch, so middleware sees a real Request. The
 * body comes back as text (`parseAs: "text"`) and goes through the same
 * parsing as the direct path; an error body openapi-fetch already parsed is
 * turned back into text.
 */
async function sendThroughMiddleware(
  context: ClientContext,
  operation: OperationKey,
  input: CallInput,
  call: RequestOptions | undefined,
): Promise<Delivered<string>> {
  const [method, template] = operation.split(" ") as [string, string];
  const { data, error, response } = await (context.raw.request as unknown as LooseRequest)(method, template, {
    params: { path: input.path, query: input.query },
    body: input.body,
    headers: call?.headers,
    parseAs: "text",
    fetch: (request: Request) => sendRequest(context.config, request, call, policyFor(operation)),
  });
  const body = response.ok ? data : typeof error === "string" ? error : JSON.stringify(error);
  return { response, body: (body as string | undefined) ?? "" };
}
