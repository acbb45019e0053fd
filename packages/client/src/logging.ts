// Structured logs of what the transport does: each attempt, retry, rate wait
// and failed call, as one fields object plus a readable message. Fields carry
// the path template (never the concrete path, query or headers), so a log
// line never holds a credential or a lead's id.

/** A logger with console's and pino's level methods; called as `logger.warn(fields, message)` (the pino/bunyan order). */
export interface Logger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** The least severe level written; `"off"` writes nothing. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

/** One thing the client did, as passed to the logger. */
export interface LeadpingLogEvent {
  /** `attempt` (debug): one request answered or failed; `retry` (warn): the next attempt is scheduled; `rate-wait` (info): a call waited for rate budget; `failure` (warn for 4xx, error otherwise, info when aborted): the call ends with an error. */
  event: "attempt" | "retry" | "rate-wait" | "failure";
  /** HTTP method, such as `PUT`. */
  method: string;
  /** The operation's path template, such as `/leads/{id}`. */
  path: string;
  /** Attempt number, from 1. */
  attempt: number;
  /** HTTP status of the attempt, when it got a response. */
  status?: number | undefined;
  /** How long the attempt (or the whole call, on `failure`) took, in ms by the client's clock. */
  durationMs?: number | undefined;
  /** `retry`: ms until the next attempt; `rate-wait`: ms waited for budget. */
  waitMs?: number | undefined;
  /** The W3C trace id the attempt sent in `traceparent` (its span's), to join log lines to spans. */
  traceId?: string | undefined;
  /** The `traceId` of the server's problem document, to quote to Leadping support. */
  problemTraceId?: string | undefined;
  /** `ErrorName: message` of a failure without a response, credentials redacted. */
  error?: string | undefined;
  /** True when the per-attempt timeout ended the attempt (or the call). */
  timedOut?: boolean | undefined;
  /** True when the caller's signal ended the call. */
  aborted?: boolean | undefined;
  /** Rate budget partition, on `rate-wait`. */
  partition?: string | undefined;
}

/** A logger with its threshold resolved, kept in the client configuration. */
export interface LogSink {
  logger: Logger;
  threshold: number;
}

const rank = { debug: 0, info: 1, warn: 2, error: 3, off: 4 } as const;

/** The configuration's sink, or none when nothing would be written (so the transport skips all log work). */
export function resolveLogSink(logger: Logger | undefined, level: LogLevel = "info"): LogSink | undefined {
  const threshold = rank[level] ?? rank.info;
  return logger && threshold < rank.off ? { logger, threshold } : undefined;
}

/** A level an event is written at (the caller picks it: see `LeadpingLogEvent.event`). */
export type LoggedLevel = Exclude<LogLevel, "off">;

/** Writes `event` at `level` when `sink` takes that level; unset fields are left out, so console prints no `undefined`s. */
export function logEvent(sink: LogSink, level: LoggedLevel, event: LeadpingLogEvent): void {
  if (rank[level] < sink.threshold) return;
  for (const key of Object.keys(event) as (keyof LeadpingLogEvent)[]) if (event[key] === undefined) delete event[key];
  try {
    // The fields say it all; the message is for eyes scanning console output.
    sink.logger[level](
      event,
      `leadping ${event.method} ${event.path} attempt ${event.attempt}${event.status ? ` → ${event.status}` : ""}: ${event.event}`,
    );
  } catch {
    // A broken logger must not fail or retry the call it reports on.
  }
}

/** `ErrorName: message (cause message)` of a failure without a response, for the `error` field. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  return `${error.name}: ${error.message}${cause instanceof Error ? ` (${cause.message})` : ""}`;
}

/** The `traceId` of an RFC 9457 problem body, if it has one (the `problemTraceId` field). */
export function problemTraceIdOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { traceId?: unknown } | null;
    return typeof parsed?.traceId === "string" ? parsed.traceId : undefined;
  } catch {
    return undefined;
  }
}
