// `.withResponse()` on the promise every resource method returns: the parsed
// body plus the response's status and headers and the call's trace id, without
// dropping to `lp.raw`. The promise stays a native Promise (await keeps its fast
// path); the method is one shared function that reads what the call delivered.
import type { DeliveredText } from "./exchange.js";

/** What the server answered, besides the parsed body: a real `Response` when middleware is registered (its body already read). */
export type CallResponse = Pick<Response, "ok" | "status" | "statusText" | "headers">;

/** A successful call: its parsed body, the response it came from, and the trace id it sent. */
export interface WithResponse<T> {
  /** The parsed 2xx body, as the method resolves with. */
  data: T;
  /** Status, status text and headers of the final response. */
  response: CallResponse;
  /** The W3C trace id sent in `traceparent` (with `tracing`, or your own header); Leadping sends no id on success. Errors carry the server's `traceId`. */
  traceId: string | undefined;
}

/** The promise of a resource call: resolves with the parsed body; `.withResponse()` resolves with the response too. */
export interface LeadpingPromise<T> extends Promise<T> {
  /** Resolves with `{ data, response, traceId }`; rejects with the same typed error as the call. */
  withResponse(): Promise<WithResponse<T>>;
}

const delivery = Symbol("leadping.delivered");
type Tagged<T> = Promise<T> & { [delivery]: DeliveredText; withResponse?: () => Promise<WithResponse<T>> };

function withResponse<T>(this: Tagged<T>): Promise<WithResponse<T>> {
  const delivered = this[delivery];
  return this.then((data) => ({ data, response: delivered.response!, traceId: delivered.traceId }));
}

/** Adds `.withResponse()` to `result`, the call that fills `delivered`. */
export function withResponseOf<T>(result: Promise<T>, delivered: DeliveredText): LeadpingPromise<T> {
  const tagged = result as Tagged<T>;
  tagged[delivery] = delivered;
  tagged.withResponse = withResponse;
  return tagged as LeadpingPromise<T>;
}
