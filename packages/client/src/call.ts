// Runs one resource call through openapi-fetch and the retried transport, and
// returns its parsed 2xx body or throws the typed error. The operation key
// types the input and the result, and picks the credentials and retry policy.
import type { ClientContext } from "./context.js";
import { PreparedRequest, exchangeText } from "./exchange.js";
import type { DeliveredText } from "./exchange.js";
import { policyOf } from "./operations.js";
import type { CallInput, OperationKey, OperationResult } from "./operations.js";
import type { RequestOptions } from "./options.js";
import { callResult } from "./response.js";
import { withResponseOf } from "./with-response.js";
import type { LeadpingPromise } from "./with-response.js";

type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{
  data?: unknown;
  error?: unknown;
  response: Response | { ok: boolean; status: number; statusText: string; headers: Headers };
}>;

/** Calls `operation` (such as `"PUT /leads/{id}"`): resolves with its parsed 2xx body, or, through `.withResponse()`, with the response too. */
export function call<K extends OperationKey>(
  context: ClientContext,
  operation: K,
  input: CallInput<K>,
  options?: RequestOptions,
): LeadpingPromise<OperationResult<K>> {
  const delivered: DeliveredText = {};
  return withResponseOf(send(context, operation, input, options, delivered), delivered);
}

async function send<K extends OperationKey>(
  context: ClientContext,
  operation: K,
  input: CallInput<K>,
  options: RequestOptions | undefined,
  delivered: DeliveredText,
): Promise<OperationResult<K>> {
  const { config } = context;
  const space = operation.indexOf(" ");
  const method = operation.slice(0, space);
  // The path template names the call in logs and spans.
  const facts = { ...policyOf(operation), template: operation.slice(space + 1) };
  const { data, error, response } = await (context.openapi.request as LooseRequest)(method, operation.slice(space + 1), {
    params: { path: input.path, query: input.query },
    body: input.body,
    headers: options?.headers,
    parseAs: "text",
    // Middleware may look at the request and response: give it real ones.
    Request: context.middleware.size > 0 ? globalThis.Request : PreparedRequest,
    fetch: (request: Request | PreparedRequest) => exchangeText(config, facts, request, options, delivered),
  });
  // A middleware that replaced the response leaves only what openapi-fetch read from it.
  const text =
    response === delivered.response
      ? delivered.text!
      : (((response.ok ? data : typeof error === "string" ? error : JSON.stringify(error)) as string | undefined) ?? "");
  delivered.response = response;
  const target = delivered.target ?? { method, path: operation.slice(space + 1) };
  return callResult(config, operation, target, response, text) as OperationResult<K>;
}
