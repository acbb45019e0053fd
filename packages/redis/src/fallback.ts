// Says when a Redis-backed helper stops using Redis, once per episode: the
// in-memory fallback keeps calls going, but it must never be silent.

/** Why a helper counts in this process's memory instead of Redis. */
export type RedisFallbackReason =
  /** The client is not connected (never was, or reconnecting) and did not become ready in time. */
  | "not-ready"
  /** The client was closed (`quit()` / `disconnect()`). */
  | "closed"
  /** Redis did not answer in time (a stalled server keeps its socket open). */
  | "stalled"
  /** Redis answered with an error. */
  | "error";

/** Handed to `onFallback`. */
export interface RedisFallback {
  /** Which helper falls back: `"rate budget"`. */
  helper: string;
  reason: RedisFallbackReason;
  /** The Redis error, for `error`. */
  error?: unknown;
}

type Reporter = ((reason: RedisFallbackReason, error?: unknown) => void) & { recovered(): void };

/** A reporter that calls `onFallback` (default: one console.warn line) when a fallback episode starts. */
export function fallbackReporter(helper: string, onFallback: ((fallback: RedisFallback) => void) | undefined): Reporter {
  let fallingBack = false;
  const report = ((reason: RedisFallbackReason, error?: unknown) => {
    if (fallingBack) return;
    fallingBack = true;
    const fallback: RedisFallback = error === undefined ? { helper, reason } : { helper, reason, error };
    if (onFallback) return onFallback(fallback);
    // The error's name and code only: an ioredis message can quote the connection string.
    const code = (error as { code?: unknown } | undefined)?.code;
    console.warn(
      `[@leadping/redis] ${helper}: Redis is not usable (${reason}${typeof code === "string" ? `, ${code}` : ""}); counting in this process's memory until it is.`,
    );
  }) as Reporter;
  report.recovered = () => {
    fallingBack = false;
  };
  return report;
}
