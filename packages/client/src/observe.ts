// Watches one call through the transport for the logger and the tracer: one
// span and one `attempt` log per attempt, a `retry` log before each backoff,
// a `failure` log when the call ends in an error. Created only when a logger
// or tracer is configured, so a plain client does none of this work.
import { operationTable } from "@leadping/types";
import { logEvent } from "./logging.js";
import type { LeadpingLogEvent } from "./logging.js";
import type { ClientConfig } from "./options.js";
import { endAttemptSpan, startAttemptSpan, traceHeaders, traceIdOf } from "./tracing.js";
import type { LeadpingSpan } from "./tracing.js";
import type { OutgoingRequest } from "./transport.js";

let templates: Map<object, string> | undefined;

/** The path template of an operation, by its facts object from the generated table. */
export function templateOf(facts: object): string | undefined {
  templates ??= new Map(Object.entries(operationTable).map(([key, value]) => [value, key.slice(key.indexOf(" ") + 1)]));
  return templates.get(facts);
}

/** The `traceId` of an RFC 9457 problem body (text or bytes), if it has one. */
function problemTraceId(body: unknown): string | undefined {
  try {
    const parsed: unknown = JSON.parse(typeof body === "string" ? body : body instanceof ArrayBuffer ? new TextDecoder().decode(body) : "");
    return typeof parsed === "object" && parsed !== null && "traceId" in parsed && typeof parsed.traceId === "string" ? parsed.traceId : undefined;
  } catch {
    return undefined;
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  return `${error.name}: ${error.message}${cause instanceof Error ? ` (${cause.message})` : ""}`;
}

/** The conventions' `error.type` of a failed attempt: `timeout`, the system error code, or the error's name. */
function errorTypeOf(error: unknown, timedOut: boolean): string {
  if (timedOut) return "timeout";
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  if (typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string") return cause.code;
  return error instanceof Error ? error.name : "_OTHER";
}

export class CallObserver {
  /** The W3C trace id the latest attempt sent in `traceparent`, if any. */
  traceId: string | undefined;
  private readonly template: string;
  private readonly callStart: number;
  private attemptStart = 0;
  private attempt = 0;
  private status: number | undefined;
  private span: LeadpingSpan | undefined;

  constructor(
    private readonly config: ClientConfig,
    operation: object,
    private readonly request: OutgoingRequest,
  ) {
    this.template = templateOf(operation) ?? request.path;
    this.callStart = config.clock.now();
  }

  private event(event: LeadpingLogEvent["event"], fields: Partial<LeadpingLogEvent>): void {
    const logged: LeadpingLogEvent = { event, method: this.request.method, path: this.template, attempt: this.attempt + 1, traceId: this.traceId, ...fields };
    // Unset fields are left out, so console prints no `undefined`s.
    for (const key of Object.keys(logged) as (keyof LeadpingLogEvent)[]) if (logged[key] === undefined) delete logged[key];
    logEvent(this.config, logged);
  }

  /** The headers of attempt `attempt` (from 0): credentials, trace context, then the request's own (which win). */
  sending(attempt: number, auth: Record<string, string>): Record<string, string> {
    this.attempt = attempt;
    this.attemptStart = this.config.clock.now();
    const tracer = this.config.tracer;
    this.span = tracer && startAttemptSpan(tracer, this.request.method, this.template, this.request.url, attempt);
    const headers = { ...this.config.identification, ...auth, ...(this.span && traceHeaders(this.span)), ...this.request.headers };
    this.traceId = traceIdOf(headers.traceparent);
    return headers;
  }

  /** The attempt got a response; `final` when the call ends with it. */
  answered(status: number, body: unknown, final: boolean): void {
    this.status = status;
    if (this.span) endAttemptSpan(this.span, status);
    if (!this.config.log) return;
    const traceId = status >= 400 ? (problemTraceId(body) ?? this.traceId) : this.traceId;
    this.event("attempt", { status, durationMs: this.config.clock.now() - this.attemptStart, traceId });
    if (final && status >= 400) this.event("failure", { status, durationMs: this.config.clock.now() - this.callStart, traceId });
  }

  /** The attempt failed without a response; `final` when the call ends with `error`. */
  failed(error: unknown, final: boolean, timedOut: boolean, aborted: boolean): void {
    this.status = undefined;
    if (this.span) endAttemptSpan(this.span, undefined, aborted ? "aborted" : errorTypeOf(error, timedOut));
    if (!this.config.log) return;
    const described = describeError(error);
    this.event("attempt", { error: described, durationMs: this.config.clock.now() - this.attemptStart });
    if (final) this.event("failure", { error: described, aborted: aborted || undefined, durationMs: this.config.clock.now() - this.callStart });
  }

  /** The next attempt starts after `waitMs`. */
  retrying(waitMs: number): void {
    this.event("retry", { status: this.status, waitMs });
  }

  /** The call waited `waitMs` for rate budget before attempt `attempt` (from 0); the rate budget reports this. */
  rateWaited(waitMs: number, attempt: number, partition?: string): void {
    this.attempt = attempt;
    this.event("rate-wait", { waitMs, partition });
  }
}

/** An observer for one call, or none when the client has neither a logger nor a tracer. */
export function observeCall(config: ClientConfig, operation: object, request: OutgoingRequest): CallObserver | undefined {
  return config.log || config.tracer ? new CallObserver(config, operation, request) : undefined;
}
