// Watches one call through the transport for the logger and the tracer: one
// span and one `attempt` log per attempt, a `retry` log before each backoff,
// a `failure` log when the call ends in an error. Created only when a logger
// or tracing is configured, so a plain client does none of this work.
import { credentialOf } from "./auth.js";
import { logEvent } from "./logging.js";
import type { LeadpingLogEvent, LoggedLevel } from "./logging.js";
import type { OperationFacts } from "./operations.js";
import type { ClientConfig } from "./options.js";
import { traceIdOf } from "./attempt-tracing.js";
import type { AttemptOutcome, TracedAttempt } from "./attempt-tracing.js";
import type { OutgoingRequest } from "./transport.js";

/** The `traceId` of an RFC 9457 problem body (text, or bytes from `lp.raw`), if it has one. */
function problemTraceId(body: unknown): string | undefined {
  try {
    const parsed: unknown = JSON.parse(typeof body === "string" ? body : new TextDecoder().decode(body as Uint8Array));
    return typeof parsed === "object" && parsed !== null && "traceId" in parsed && typeof parsed.traceId === "string"
      ? parsed.traceId
      : undefined;
  } catch {
    // Not JSON, or not bytes either: no trace id.
    return undefined;
  }
}

/** Starts the attempt's span; a throwing tracer means no span, never a failed call (which could be retried, or resent). */
function startSpan(config: ClientConfig, request: OutgoingRequest, template: string, attempt: number): TracedAttempt | undefined {
  try {
    return config.tracing?.startAttempt(request.method, template, request.url, attempt);
  } catch {
    return undefined;
  }
}

/** Ends the attempt's span; what a throwing tracer throws is dropped, like a throwing logger's. */
function endSpan(span: TracedAttempt | undefined, outcome: AttemptOutcome): void {
  try {
    span?.end(outcome);
  } catch {
    // A broken tracer must not fail or retry the call it reports on.
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  return `${error.name}: ${error.message}${cause instanceof Error ? ` (${cause.message})` : ""}`;
}

/** What the transport reports about one call; see `observeCall`. */
export interface CallObserver {
  /** The W3C trace id the latest attempt sent in `traceparent`, if any. */
  readonly traceId: string | undefined;
  /** The headers of attempt `attempt` (from 0): identification, credentials, trace context, then the request's own (which win). */
  sending(attempt: number, auth: Record<string, string>): Record<string, string>;
  /** The attempt got a response; `final` when the call ends with it. */
  answered(status: number, body: unknown, final: boolean): void;
  /** The attempt failed without a response; `final` when the call ends with `error`. */
  failed(error: unknown, final: boolean, timedOut: boolean, aborted: boolean): void;
  /** The next attempt starts after `waitMs`. */
  retrying(waitMs: number): void;
  /** The call waited `waitMs` for rate budget before attempt `attempt` (from 0); the rate budget reports this. */
  rateWaited(waitMs: number, attempt: number, partition?: string): void;
}

/** An observer for one call, or none when the client has neither a logger nor a tracer. */
export function observeCall(config: ClientConfig, operation: OperationFacts, request: OutgoingRequest): CallObserver | undefined {
  const { log, tracing, clock } = config;
  if (!log && !tracing) return undefined;
  const { template } = operation;
  const callStart = clock.now();
  let attemptStart = callStart;
  let attemptIndex = 0;
  let lastStatus: number | undefined;
  let span: TracedAttempt | undefined;
  // The attempt's own credential, redacted from logged errors even when no longer remembered.
  let credential: string | undefined;
  const emit = (level: LoggedLevel, event: LeadpingLogEvent["event"], fields: Partial<LeadpingLogEvent>) => {
    const logged: LeadpingLogEvent = {
      event,
      method: request.method,
      path: template,
      attempt: attemptIndex + 1,
      traceId: observer.traceId,
      ...fields,
    };
    // Unset fields are left out, so console prints no `undefined`s.
    for (const key of Object.keys(logged) as (keyof LeadpingLogEvent)[]) if (logged[key] === undefined) delete logged[key];
    logEvent(config, level, logged, credential);
  };
  const observer = {
    traceId: undefined as string | undefined,
    sending(attempt: number, auth: Record<string, string>) {
      attemptIndex = attempt;
      attemptStart = clock.now();
      span = tracing ? startSpan(config, request, template, attempt) : undefined;
      credential = credentialOf(auth);
      const headers = { ...config.identification, ...auth, ...span?.headers, ...request.headers };
      observer.traceId = traceIdOf(headers.traceparent);
      return headers;
    },
    answered(status: number, body: unknown, final: boolean) {
      lastStatus = status;
      endSpan(span, { status });
      if (!log) return;
      const traceId = (status >= 400 && problemTraceId(body)) || observer.traceId;
      emit("debug", "attempt", { status, durationMs: clock.now() - attemptStart, traceId });
      if (final && status >= 400)
        emit(status < 500 ? "warn" : "error", "failure", { status, durationMs: clock.now() - callStart, traceId });
    },
    failed(error: unknown, final: boolean, timedOut: boolean, aborted: boolean) {
      lastStatus = undefined;
      endSpan(span, { error, timedOut, aborted });
      if (!log) return;
      const described = describeError(error);
      emit("debug", "attempt", { error: described, durationMs: clock.now() - attemptStart });
      if (final)
        emit(aborted ? "info" : "error", "failure", {
          error: described,
          aborted: aborted || undefined,
          durationMs: clock.now() - callStart,
        });
    },
    retrying(waitMs: number) {
      emit("warn", "retry", { status: lastStatus, waitMs });
    },
    rateWaited(waitMs: number, attempt: number, partition?: string) {
      attemptIndex = attempt;
      emit("info", "rate-wait", { waitMs, partition });
    },
  };
  return observer;
}
