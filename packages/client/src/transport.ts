// The retried transport under every call: auth per attempt, a per-attempt
// timeout combined with the caller's signal, retries with backoff. It calls
// `fetch(url, init)` with a ready body (never a Request), so Node's fetch does
// not re-pipe the body through a stream and retries can resend it.
import { authHeaders, credentialOf, redact, redactError } from "./auth.js";
import { LeadpingConnectionError, LeadpingError, LeadpingTimeoutError } from "./errors.js";
import type { RequestTarget } from "./errors.js";
import type { OperationFacts } from "./operations.js";
import type { ClientConfig, RequestOptions } from "./options.js";
import { waitForBudget } from "./rate-budget.js";
import { fetchFollowing } from "./redirects.js";
import { isRetryableFailure, isRetryableStatus, parseRetryAfter, rateLimitedDelay, retryDelay } from "./retry.js";
import { guardAttempt } from "./timeout.js";
import { observeCall } from "./observe.js";
import { traceIdOf } from "./attempt-tracing.js";

/** One outgoing request, ready to send (and to resend). */
export interface OutgoingRequest extends RequestTarget {
  /** Absolute URL including the query string. */
  url: string;
  /** Headers with lower-cased names; they override the computed auth headers. */
  headers: Record<string, string>;
  body: BodyInit | null;
}

/** The final response of a call and its body, read within the attempt's timeout. */
export interface Delivered<T> {
  response: Response;
  body: T;
  /** The W3C trace id the last attempt sent in `traceparent`, if any. */
  traceId?: string | undefined;
  /** The credential the last attempt sent, to redact from an error answer even if no longer remembered. */
  credential?: string | undefined;
}

/** Sends `request`, retrying per `operation`'s policy; resolves with the last response or throws. */
export async function send<T>(
  config: ClientConfig,
  operation: OperationFacts,
  request: OutgoingRequest,
  call: RequestOptions | undefined,
  readBody: (response: Response) => Promise<T>,
): Promise<Delivered<T>> {
  const maxRetries = call?.maxRetries ?? config.maxRetries;
  // `>= 0` also turns NaN (an unset env variable) into "not given" instead of "no timeout".
  const callTimeoutMs = call?.timeoutMs ?? Number.NaN;
  const timeoutMs = callTimeoutMs >= 0 ? callTimeoutMs : config.timeoutMs;
  const signal = call?.signal;
  // Called as a plain function: a browser's fetch throws "Illegal invocation" when called as a method of another object.
  const fetchImpl = config.fetch;
  // Only with a logger or tracing: logs, spans and trace context for each attempt.
  const observer = observeCall(config, operation, request);
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    if (config.rateBudget && operation.credentials !== "none") {
      const partition = operation.credentials === "source" ? "intake" : "organization";
      const waitedMs = await waitForBudget(config.rateBudget, partition, request, timeoutMs, config.clock, signal);
      if (waitedMs > 0) observer?.rateWaited(waitedMs, attempt, partition);
      // An abort while an async budget answered fires no event on the attempt's signal, created below.
      signal?.throwIfAborted();
    }
    let auth = authHeaders(config, operation.credentials);
    if (auth instanceof Promise) {
      auth = await auth;
      // An abort while the key function ran fires no event on the attempt's signal, created below.
      signal?.throwIfAborted();
    }
    const credential = credentialOf(auth);
    // No timeout and no caller signal: nothing to abort, so fetch gets no signal at all.
    const guard = timeoutMs > 0 || signal ? guardAttempt(signal, timeoutMs) : undefined;
    let retryAfterMs: number | undefined;
    try {
      const headers = observer ? observer.sending(attempt, auth) : { ...config.identification, ...auth, ...request.headers };
      const hop = { url: request.url, method: request.method, headers, body: request.body };
      const response = await fetchFollowing(fetchImpl, request, hop, guard?.signal ?? null);
      // The body is read inside the attempt: a hang or reset mid-body is a failed attempt too.
      const body = await readBody(response);
      guard?.clear();
      // `!(a < b)`, not `a >= b`: a NaN maxRetries (an unset env variable) must mean no retries, not endless ones.
      const final = response.ok || !(attempt < maxRetries) || !isRetryableStatus(operation, response.status);
      observer?.answered(response.status, body, final);
      if (final) return { response, body, traceId: observer ? observer.traceId : traceIdOf(request.headers.traceparent), credential };
      retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), config.clock.now());
      if (retryAfterMs === undefined && response.status === 429) retryAfterMs = rateLimitedDelay(attempt, config.random);
    } catch (error) {
      guard?.clear();
      const aborted = signal?.aborted === true;
      // Thrown on purpose within the attempt (body too large, refused redirect): final, not a connection failure.
      const refused = error instanceof LeadpingError;
      const final = aborted || refused || !(attempt < maxRetries) || !isRetryableFailure(operation, error);
      observer?.failed(error, final, guard?.timedOut === true, aborted);
      if (aborted) throw signal.reason;
      if (refused) throw error;
      if (final) {
        const failed = `${request.method} ${request.path} `;
        throw guard?.timedOut
          ? new LeadpingTimeoutError(`${failed}timed out after ${timeoutMs} ms.`, request, redactError(config, error, credential))
          : new LeadpingConnectionError(
              redact(config, `${failed}failed: ${error instanceof Error ? error.message : String(error)}`, credential),
              request,
              redactError(config, error, credential),
            );
      }
    }
    const delayMs = retryDelay(attempt, retryAfterMs, config.random);
    observer?.retrying(delayMs);
    await config.clock.sleep(delayMs, signal);
  }
}
