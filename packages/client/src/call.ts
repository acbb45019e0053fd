// A resource call: its input typed by the operation, sent by `makeRequest`,
// and its answer turned into the parsed 2xx body or the typed error. The
// promise it returns stays a native Promise (await keeps its fast path) and
// has `.withResponse()` for the status, headers and trace id.
import { LeadpingError, apiError } from "./errors.js";
import { factsOf } from "./operations.js";
import type { CallInput, OperationFacts, OperationKey, OperationResult } from "./operations.js";
import type { RequestOptions } from "./options.js";
import { makeRequest } from "./request.js";
import type { ClientContext } from "./context.js";
import type { CallOutcome, CallResponse } from "./request.js";

export type { CallResponse };

/** A successful call: its parsed body, the response it came from, and the trace id it sent. */
export interface WithResponse<T> {
  /** The parsed 2xx body, as the method resolves with. */
  data: T;
  /** Status, status text and headers of the final response (a real `Response` when middleware is registered, its body already read). */
  response: CallResponse;
  /** The W3C trace id sent in `traceparent` (with `tracing`, or your own header); Leadping sends no id on success. Errors carry the server's `traceId`. */
  traceId: string | undefined;
}

/** The promise of a resource call: resolves with the parsed body; `.withResponse()` resolves with the response too. */
export interface LeadpingPromise<T> extends Promise<T> {
  /** Resolves with `{ data, response, traceId }`; rejects with the same typed error as the call. */
  withResponse(): Promise<WithResponse<T>>;
}

/** The facts of each operation the resources call, worked out on its first call (a fixed set: the resources' own keys). */
const factsByOperation = new Map<string, OperationFacts>();

/** Calls `operation` (such as `"PUT /leads/{id}"`): resolves with its parsed 2xx body, or, through `.withResponse()`, with the response too. */
export function call<K extends OperationKey>(
  context: ClientContext,
  operation: K,
  input: CallInput<K>,
  options?: RequestOptions,
): LeadpingPromise<OperationResult<K>> {
  let facts = factsByOperation.get(operation);
  if (!facts) factsByOperation.set(operation, (facts = factsOf(operation)));
  let outcome: CallOutcome | undefined;
  const init = { ...options, params: { path: input.path, query: input.query }, body: input.body, parseAs: "text" };
  const promise = makeRequest(context, facts, init, true).then((sent) => {
    outcome = sent;
    return resultOf(context, operation, sent) as OperationResult<K>;
  }) as LeadpingPromise<OperationResult<K>>;
  promise.withResponse = () => promise.then((data) => ({ data, response: outcome!.response, traceId: outcome!.traceId }));
  return promise;
}

/**
 * The parsed body of a 2xx answer (`undefined` when empty, as for 204; an
 * error naming the operation when not JSON, without quoting the body), or
 * throws the typed error for any other status.
 */
function resultOf(context: ClientContext, operation: string, { data, error, response, text, target }: CallOutcome): unknown {
  // A middleware that replaced the response leaves only what openapi-fetch read from it.
  text ??= (response.ok ? (data as string | undefined) : typeof error === "string" ? error : JSON.stringify(error)) ?? "";
  if (!response.ok) throw apiError(response, text, target, context.config.clock.now());
  try {
    return text === "" ? undefined : JSON.parse(text);
  } catch {
    throw new LeadpingError(`${operation} answered ${response.status} with invalid JSON (${target.path}).`);
  }
}
