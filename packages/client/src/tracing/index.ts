// `@leadping/client/tracing`: OpenTelemetry client spans without importing
// @opentelemetry/api. The caller passes its own Tracer, so the import (and its
// bytes) live in the app; this subpath keeps the span code out of bundles that
// do not trace. One span per attempt, named and attributed after the HTTP
// client semantic conventions (v1.26+, stable).
import type { AttemptOutcome, AttemptTracing } from "../attempt-tracing.js";

export type { AttemptOutcome, AttemptTracing, TracedAttempt } from "../attempt-tracing.js";

/** The attributes the client sets on a span. */
export type SpanAttributes = Record<string, string | number>;

/** The part of an OpenTelemetry `Span` the client uses. */
export interface LeadpingSpan {
  /** The span's W3C identity, sent as `traceparent`. */
  spanContext(): { traceId: string; spanId: string; traceFlags: number; traceState?: { serialize(): string } };
  /** Sets one semantic-convention attribute. */
  setAttribute(key: string, value: string | number): unknown;
  /** Marks the span failed (`code` 2, OpenTelemetry's `SpanStatusCode.ERROR`). */
  setStatus(status: { code: number; message?: string }): unknown;
  /** Ends the span when its attempt ends. */
  end(): void;
}

/** The part of an OpenTelemetry `Tracer` the client uses: pass `trace.getTracer("my-service")` from `@opentelemetry/api`. */
export interface LeadpingTracer {
  /** Starts a span of kind `CLIENT` (2) as a child of the active span. */
  startSpan(name: string, options?: { kind?: number; attributes?: SpanAttributes }): LeadpingSpan;
}

// The numeric values of OpenTelemetry's SpanKind.CLIENT and SpanStatusCode.ERROR (stable since API 1.0).
const SPAN_KIND_CLIENT = 2;
const SPAN_STATUS_ERROR = 2;
const INVALID_TRACE_ID = "00000000000000000000000000000000";

/**
 * Starts the span of one attempt, named `{method} {url.template}`, as a child
 * of the caller's active span. `url.full` is origin and path only: no query
 * (it may carry search terms) and no userinfo.
 */
function startAttemptSpan(tracer: LeadpingTracer, method: string, template: string, url: string, attempt: number): LeadpingSpan {
  const { protocol, hostname, port, origin, pathname } = new URL(url);
  const attributes: SpanAttributes = {
    "http.request.method": method,
    "url.full": origin + pathname,
    "url.template": template,
    "server.address": hostname,
    "server.port": port ? Number(port) : protocol === "http:" ? 80 : 443,
  };
  if (attempt > 0) attributes["http.request.resend_count"] = attempt;
  return tracer.startSpan(`${method} ${template}`, { kind: SPAN_KIND_CLIENT, attributes });
}

/** W3C trace context headers of `span`, or none when the tracer is a no-op without a valid context. */
function traceHeaders(span: LeadpingSpan): Record<string, string> | undefined {
  const { traceId, spanId, traceFlags, traceState } = span.spanContext();
  if (!/^[0-9a-f]{32}$/.test(traceId) || traceId === INVALID_TRACE_ID) return undefined;
  const headers: Record<string, string> = { traceparent: `00-${traceId}-${spanId}-${(traceFlags & 0xff).toString(16).padStart(2, "0")}` };
  const state = traceState?.serialize();
  if (state) headers.tracestate = state;
  return headers;
}

/** Ends an attempt's span with its status code, or with `error.type` for a failure (the status code for 4xx/5xx, as the conventions ask). */
function endAttemptSpan(span: LeadpingSpan, status: number | undefined, errorType?: string): void {
  if (status !== undefined) span.setAttribute("http.response.status_code", status);
  const type = status !== undefined && status >= 400 ? String(status) : errorType;
  if (type !== undefined) {
    span.setAttribute("error.type", type);
    span.setStatus({ code: SPAN_STATUS_ERROR });
  }
  span.end();
}

/** The conventions' `error.type` of a failed attempt: `aborted`, `timeout`, the system error code, or the error's name. */
function errorTypeOf({ error, timedOut, aborted }: AttemptOutcome): string {
  if (aborted) return "aborted";
  if (timedOut) return "timeout";
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  if (typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string") return cause.code;
  return error instanceof Error ? error.name : "_OTHER";
}

/**
 * The `tracing` option for an OpenTelemetry Tracer: one `CLIENT` span per
 * attempt, W3C trace context sent with it.
 * `createLeadpingClient({ tracing: otelTracing(trace.getTracer("my-service")) })`.
 */
export function otelTracing(tracer: LeadpingTracer): AttemptTracing {
  return {
    startAttempt(method, template, url, attempt) {
      const span = startAttemptSpan(tracer, method, template, url, attempt);
      return {
        headers: traceHeaders(span),
        end: (outcome) => endAttemptSpan(span, outcome.status, outcome.status === undefined ? errorTypeOf(outcome) : undefined),
      };
    },
  };
}
