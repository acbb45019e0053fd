// Public options of the client and of each call, and their resolution into
// the read-only configuration every request reads. Per-call state lives in
// the call (request.ts), never here.
import type { Middleware } from "openapi-fetch";
import { validateBaseUrl } from "./base-url.js";
import { DEFAULT_MAX_RESPONSE_BYTES } from "./body-limit.js";
import { resolveLogSink } from "./logging.js";
import type { LogLevel, Logger } from "./logging.js";
import type { AttemptTracing } from "./attempt-tracing.js";
import { identificationHeaders } from "./version.js";
import type { RateBudget } from "./rate-budget.js";
import { DEFAULT_BACKOFF } from "./retry.js";
import type { RetryBackoff } from "./retry.js";

/** A credential: a fixed string, or a function called before every request so keys can rotate. */
export type Credential = string | (() => string | Promise<string>);

/** Any fetch-compatible function (global `fetch`, undici, a test double, a mock server's `fetch`). */
export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** The clock retries wait on; replace it in tests to make backoff instant and observable. */
export interface RetryClock {
  /** Current time in ms since the epoch (used for HTTP-date `Retry-After`). */
  now(): number;
  /** Resolves after `ms`; rejects with `signal.reason` if `signal` aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * RequestInit fields passed through to `fetch` as given, such as `credentials`,
 * `cache`, `mode`, `priority`, `keepalive`, `integrity`, `referrer`,
 * `referrerPolicy`, Next.js's `next` or undici's `dispatcher`. The transport
 * owns `method`, `headers`, `body`, `redirect` and `signal`.
 */
export type FetchInit = Omit<RequestInit, "method" | "headers" | "body" | "redirect" | "signal" | "window">;

export interface LeadpingClientOptions {
  /** Organization API key or user token sent as `Authorization: Bearer …`; a function is called per request. @default undefined (organization operations then fail before sending) */
  apiKey?: Credential;
  /** Lead source key for `leads.create` / `leads.createIntake`; `Bearer <sourceKey>` unless `sourceId` is set. @default undefined */
  sourceKey?: Credential;
  /** Lead source id; when set, intake sends `X-Leadping-Source-Id` / `X-Leadping-Source-Key` instead of a bearer key. @default undefined */
  sourceId?: string;
  /** API root URL: absolute http(s), may carry a path; no credentials, query or fragment (checked at construction). @default "https://api.leadping.ai" */
  baseUrl?: string;
  /** Per-attempt timeout in ms (each retry gets a fresh one); `0` disables, NaN or negative means the default. @default 60000 */
  timeoutMs?: number;
  /** Retries after the first attempt on retryable failures; `0` disables. @default 2 */
  maxRetries?: number;
  /** The fetch implementation. @default globalThis.fetch */
  fetch?: FetchLike;
  /** Headers sent with every request; they override computed ones of the same name. @default { accept: "application/json" } */
  headers?: Record<string, string>;
  /** Largest response body read, in bytes (decoded); a larger one fails with LeadpingResponseTooLargeError. NaN or negative means the default. @default 33554432 (32 MiB) */
  maxResponseBytes?: number;
  /** openapi-fetch middleware, run once per call (resources and `lp.raw`) around the retried transport. @default [] */
  middleware?: Middleware[];
  /** Clock used to wait between retries. @default real time (Date.now / setTimeout) */
  clock?: RetryClock;
  /** Random source in [0, 1) for backoff jitter. @default Math.random */
  random?: () => number;
  /** Backoff between retries of failed attempts (not after a `Retry-After`). @default { baseDelayMs: 500, maxDelayMs: 8000, jitter: "full" } */
  retryBackoff?: RetryBackoff;
  /** RequestInit fields given to every `fetch` (the counterpart of openapi-fetch's `requestInitExt`); a call's own fields win. @default {} */
  requestInit?: FetchInit & Record<string, unknown>;
  /** Receives each attempt, retry, rate wait and failed call as `(fields, message)`; `console` and pino fit. @default undefined (nothing is logged) */
  logger?: Logger;
  /** The least severe level given to `logger`: attempts are `debug`, rate waits `info`, retries `warn`, failed calls `warn` (4xx) or `error`. @default "info" */
  logLevel?: LogLevel;
  /** Traces each attempt: `otelTracing(trace.getTracer(…))` from `@leadping/client/tracing` for OpenTelemetry spans and W3C trace context. @default undefined (no spans, no trace headers) */
  tracing?: AttemptTracing;
  /** Budget consulted before every attempt (organization and intake partitions): `inProcessRateBudget()` for Leadping's 300 per 60 s in this process, or a shared one such as `@leadping/redis`. @default undefined (no waiting) */
  rateBudget?: RateBudget;
}

/** Per-call options, accepted as the last argument of every resource method; RequestInit fields go to `fetch` as given. */
export interface RequestOptions extends FetchInit {
  /** Aborts the call (all attempts and waits); rejects with LeadpingAbortError (`name` "AbortError", the reason as `cause`). @default undefined */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt `timeoutMs` for this call. @default client's timeoutMs */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call; `0` disables retries. @default client's maxRetries */
  maxRetries?: number;
  /** Overrides the client's `maxResponseBytes` for this call. @default client's maxResponseBytes */
  maxResponseBytes?: number;
  /** Extra headers for this call; they override client and computed headers. @default {} */
  headers?: Record<string, string>;
}

/**
 * The resolved options of one client, as `resolveConfig` builds them: read by
 * every call, never written after creation. Besides the options: `basePath`
 * (the base URL's path part), lower-cased `headers`, `backoff` with defaults,
 * `identification` (`X-Leadping-Client`, and `User-Agent` off the browser,
 * added per attempt under the request's own headers) and `log` (unset when
 * nothing would be logged).
 */
export type ClientConfig = Readonly<ReturnType<typeof resolveConfig>>;

/** The longest delay setTimeout holds. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

const realClock: RetryClock = {
  now: Date.now,
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        // The caller's own abort reason (an AbortError by default), as fetch rejects with.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(signal!.reason);
      };
      // The listener goes when the wait ends, so a long-lived signal collects none. setTimeout fires at
      // once for more than 2^31 - 1 ms, so a longer wait is cut to that (its caller asks again).
      const timer = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.min(ms, MAX_TIMER_MS),
      );
      // A signal that is already aborted fires no event.
      if (signal?.aborted) onAbort();
      else signal?.addEventListener("abort", onAbort);
    }),
};

/** Lower-cases header names so computed and user headers of the same name never both go out. */
export function normalizeHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) out[name.toLowerCase()] = headers[name]!;
  return out;
}

export function resolveConfig(options: LeadpingClientOptions) {
  const baseUrl = validateBaseUrl(options.baseUrl ?? "https://api.leadping.ai");
  return {
    ...options,
    baseUrl,
    basePath: new URL(`${baseUrl}/`, "http://localhost").pathname.slice(0, -1),
    // NaN or a negative value falls back to the default rather than silently disabling the timeout.
    timeoutMs: (options.timeoutMs ?? Number.NaN) >= 0 ? options.timeoutMs! : 60_000,
    maxRetries: options.maxRetries ?? 2,
    maxResponseBytes: (options.maxResponseBytes ?? Number.NaN) >= 0 ? options.maxResponseBytes! : DEFAULT_MAX_RESPONSE_BYTES,
    // Looked up per client, not captured at import, so polyfills installed later still count.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    // JSON on every call: the official contract lists text/plain first on some operations.
    headers: { accept: "application/json", ...normalizeHeaders(options.headers) },
    identification: identificationHeaders(),
    clock: options.clock ?? realClock,
    random: options.random ?? Math.random,
    backoff: { ...DEFAULT_BACKOFF, ...options.retryBackoff },
    requestInit: { ...options.requestInit },
    rateBudget: options.rateBudget,
    log: resolveLogSink(options.logger, options.logLevel),
  };
}
