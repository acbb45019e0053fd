// When to try again and how long to wait. Safety is decided per operation:
// a replayed create makes a duplicate lead, so creates only retry when the
// server provably did not act on the request.
import { parseHttpDate } from "./http-date.js";

/** What the retry loop needs to know about an operation. */
export interface RetryPolicy {
  /** Not idempotent (`x-leadping-create` in the contract): retried only on 429 and never-sent failures. */
  create: boolean;
}

/** First backoff step in ms. */
export const BASE_DELAY_MS = 500;
/** Largest backoff step in ms. */
export const MAX_DELAY_MS = 8_000;
/**
 * Shortest wait after a 429 without `Retry-After`, in ms. Leadping counts 60 s
 * windows and queues nothing, so a sub-second retry is all but sure to be
 * refused again: wait a tenth of the window, doubling per attempt.
 */
export const RATE_LIMITED_MIN_DELAY_MS = 6_000;
/** Largest `Retry-After` the client will honour, in ms. */
export const MAX_RETRY_AFTER_MS = 60_000;

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Error codes meaning the connection was never established, so no byte of the
 * request reached the server and even a create can safely be sent again.
 */
const NEVER_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

/** Whether a response with this status may be retried for this operation. */
export function isRetryableStatus(policy: RetryPolicy, status: number): boolean {
  return policy.create ? status === 429 : RETRYABLE_STATUSES.has(status);
}

/** Whether the request provably never left the client (walks the `cause` chain of fetch errors). */
export function neverSent(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    // Set#has is false for anything that is not one of the strings.
    if (NEVER_SENT_CODES.has((e as { code?: string }).code!)) return true;
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.length > 0 && inner.every(neverSent)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Whether a failed attempt (no usable response) may be retried for this operation. */
export function isRetryableFailure(policy: RetryPolicy, error: unknown): boolean {
  return !policy.create || neverSent(error);
}

/**
 * Parses `Retry-After` (delta seconds or a strict HTTP date) into ms, capped at
 * `MAX_RETRY_AFTER_MS`, or `undefined` when absent or unparsable. Dates in the past give 0.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const ms = /^\d+(\.\d+)?$/.test(trimmed) ? Math.round(Number(trimmed) * 1000) : parseHttpDate(trimmed, now) - now;
  return Number.isNaN(ms) ? undefined : Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}

/** How long to wait between retries: exponential from `baseDelayMs`, capped at `maxDelayMs`, jittered. */
export interface RetryBackoff {
  /** The first step in ms; each retry doubles it. @default 500 */
  baseDelayMs?: number;
  /** The largest step in ms. @default 8000 */
  maxDelayMs?: number;
  /** `"full"`: uniform in [0, step) (AWS's full jitter, spreads clients out); `"equal"`: uniform in [step/2, step); `"none"`: exactly the step. @default "full" */
  jitter?: "full" | "equal" | "none";
}

export const DEFAULT_BACKOFF: Required<RetryBackoff> = { baseDelayMs: BASE_DELAY_MS, maxDelayMs: MAX_DELAY_MS, jitter: "full" };

/** Exponential backoff: the step min(max, base·2^attempt), jittered per `backoff.jitter`. */
export function backoffDelay(attempt: number, random: () => number, backoff: Required<RetryBackoff> = DEFAULT_BACKOFF): number {
  const step = Math.max(0, Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** attempt)) || 0;
  const share = backoff.jitter === "none" ? 1 : backoff.jitter === "equal" ? 0.5 + random() / 2 : random();
  return Math.floor(step * share);
}

/** The wait after a 429 without `Retry-After`: [1, 1.5)·6 s·2^attempt, jittered so refused callers do not return in step (capped at 60 s). */
export function rateLimitedDelay(attempt: number, random: () => number): number {
  return Math.floor(RATE_LIMITED_MIN_DELAY_MS * 2 ** attempt * (1 + random() / 2));
}

/** The wait before the next attempt: the server's `Retry-After` (capped at 60 s) when given, else backoff. */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  random: () => number,
  backoff: Required<RetryBackoff> = DEFAULT_BACKOFF,
): number {
  return retryAfterMs === undefined ? backoffDelay(attempt, random, backoff) : Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
}
