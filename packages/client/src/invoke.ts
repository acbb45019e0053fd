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
import { apiError, invalidJsonError, parseSuccess } from "./response.js";
import { send } from "./transport.js";

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
  path?: Record<string, string>;
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
    context.viaMiddleware ||= added.length > 0;
  };
  return context;
}

const readText = (response: Response) => response.text();

/** Calls `operation` (such as `"PUT /leads/{id}"`) and resolves with its parsed 2xx body. */
export async function invoke<T>(context: ClientContext, operation: OperationKey, input: CallInput, call?: RequestOptions): Promise<T> {
  const { config } = context;
  const [method, template] = operation.split(" ") as [string, string];
  const target = { method, path: config.basePath + fillPath(template, input.path) };
  if (context.viaMiddleware) return invokeThroughMiddleware(context, operation, template, target, input, call);
  const baseHeaders = input.body === undefined ? config.headers : context.jsonHeaders;
  const { response, body } = await send(
    config,
    policyFor(method, template),
    {
      ...target,
      url: config.baseUrl + target.path.slice(config.basePath.length) + serializeQuery(input.query),
      headers: call?.headers ? { ...baseHeaders, ...normalizeHeaders(call.headers) } : baseHeaders,
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
    },
    call,
    readText,
  );
  if (!response.ok) throw apiError(config, target, response, body);
  return parseSuccess(operation, target, response.status, body) as T;
}

type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

async function invokeThroughMiddleware<T>(
  context: ClientContext,
  operation: OperationKey,
  template: string,
  target: { method: string; path: string },
  input: CallInput,
  call: RequestOptions | undefined,
): Promise<T> {
  const { config } = context;
  let result: Awaited<ReturnType<LooseRequest>>;
  let delivered: Response | undefined;
  try {
    result = await (context.raw.request as unknown as LooseRequest)(target.method, template, {
      params: { path: input.path, query: input.query },
      body: input.body,
      headers: call?.headers,
      fetch: async (request: Request) => (delivered = await sendRequest(config, request, call ?? {})),
    });
  } catch (error) {
    // openapi-fetch throws a SyntaxError for a 2xx body that is not JSON.
    throw error instanceof SyntaxError && delivered?.ok ? invalidJsonError(operation, target, delivered.status, error) : error;
  }
  const { data, error, response } = result;
  if (response.ok) return data as T;
  throw apiError(config, target, response, typeof error === "string" ? error : (JSON.stringify(error) ?? ""));
}
