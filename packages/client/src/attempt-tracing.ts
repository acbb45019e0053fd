// The hook a tracer plugs into: one call per attempt as it starts, with what
// it sends, and one as it ends. The OpenTelemetry implementation lives in the
// `@leadping/client/tracing` subpath, so apps that trace nothing ship none of it.

/** How one attempt ended: its status, or the failure without a response. */
export interface AttemptOutcome {
  /** HTTP status of the response; `undefined` when the attempt failed without one. */
  status?: number | undefined;
  /** The failure without a response (connection, timeout, abort). */
  error?: unknown;
  /** True when the per-attempt timeout ended the attempt. */
  timedOut?: boolean | undefined;
  /** True when the caller's signal ended the attempt. */
  aborted?: boolean | undefined;
}

/** One attempt being traced: headers to send with it, and how to end it. */
export interface TracedAttempt {
  /** Trace context to send (such as `traceparent`); the request's own headers win. */
  headers?: Record<string, string> | undefined;
  /** Called once, when the attempt ends. */
  end(outcome: AttemptOutcome): void;
}

/** A tracer for the `tracing` option: `otelTracing(tracer)` from `@leadping/client/tracing`, or your own. */
export interface AttemptTracing {
  /** Called as attempt `attempt` (from 0) of `method template` to `url` starts. */
  startAttempt(method: string, template: string, url: string, attempt: number): TracedAttempt;
}

/** The trace id in a `traceparent` header value, if it is one. */
export function traceIdOf(traceparent: string | undefined): string | undefined {
  return traceparent?.match(/^[0-9a-f]{2}-([0-9a-f]{32})-/)?.[1];
}

/** Starts an attempt's span; a throwing tracer means no span, never a failed call (which could be retried, or resent). */
export function startSpan(
  tracing: AttemptTracing | undefined,
  method: string,
  template: string,
  url: string,
  attempt: number,
): TracedAttempt | undefined {
  try {
    return tracing?.startAttempt(method, template, url, attempt);
  } catch {
    return undefined;
  }
}

/** Ends an attempt's span; what a throwing tracer throws is dropped, like a throwing logger's. */
export function endSpan(span: TracedAttempt | undefined, outcome: AttemptOutcome): void {
  try {
    span?.end(outcome);
  } catch {
    // A broken tracer must not fail or retry the call it reports on.
  }
}
