// The rate budget a client consults before every attempt. Leadping counts
// requests per partition (300 per 60 s each) and does not queue the excess, so
// a client that knows its budget waits instead of collecting 429s. The
// in-process budget lives here (no dependency; passed in as an option rather
// than switched on by a flag, so bundles that do not use it drop it); a budget
// shared across processes plugs in through `RateBudget` (see
// @leadping/redis).

/** A Leadping rate-limit partition a client's calls count against. */
export type RatePartition = "organization" | "intake";

/** Anything that hands out requests from a budget: in-process, or shared through a store such as Redis. */
export interface RateBudget {
  /**
   * Takes one request from `partition`; resolves to 0 when granted, else to the ms to wait before asking again (nothing taken).
   * `signal` aborts when the call no longer waits (its caller aborted, or the attempt's timeout passed): a budget backed by
   * a store may stop asking. The client stops waiting for the answer then either way.
   */
  take(partition: RatePartition, options?: { signal?: AbortSignal | undefined }): number | Promise<number>;
}

/** Size of a rate budget: `limit` requests per `windowMs` in each partition. */
export interface RateBudgetOptions {
  /** Requests allowed per window in each partition. @default 300 (Leadping's documented limit) */
  limit?: number;
  /** Length of the window in ms. @default 60000 */
  windowMs?: number;
  /** Extra ms added to the window, headroom for clock and network jitter between client and server. @default max(100, 2% of windowMs) */
  guardMs?: number;
}

/** Leadping's documented limit: 300 requests per 60 s in each partition. */
export const LEADPING_RATE_LIMIT = { limit: 300, windowMs: 60_000 } as const;

/** The window a budget actually counts in: `windowMs` plus its guard. */
export function guardedWindowMs(options: RateBudgetOptions = {}): { limit: number; windowMs: number } {
  const windowMs = options.windowMs ?? LEADPING_RATE_LIMIT.windowMs;
  const guardMs = options.guardMs ?? Math.max(100, Math.round(windowMs * 0.02));
  return { limit: options.limit ?? LEADPING_RATE_LIMIT.limit, windowMs: windowMs + guardMs };
}

/**
 * An in-process budget: a sliding window per partition, so no interval of
 * `windowMs + guardMs` ever holds more than `limit` requests, whatever the
 * alignment of the server's windows. A ring of the last `limit` send times
 * makes each take O(1). `now` is the clock it reads: monotonic by default, so
 * a wall-clock step (NTP, a VM resume) neither stalls nor frees the budget.
 */
export function inProcessRateBudget(options: RateBudgetOptions = {}, now: () => number = () => performance.now()): RateBudget {
  const { limit, windowMs } = guardedWindowMs(options);
  if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError("A rate budget needs a limit of at least 1 and a positive window.");
  const rings = new Map<RatePartition, { sent: number[]; next: number }>();
  return {
    take(partition) {
      let ring = rings.get(partition);
      if (!ring) rings.set(partition, (ring = { sent: [], next: 0 }));
      const t = now();
      // The ring grows to `limit` slots as requests come, so a large limit costs nothing up front.
      if (ring.sent.length < limit) return (ring.sent.push(t), 0);
      // The slot to overwrite holds the oldest of the last `limit` sends.
      const waitMs = ring.sent[ring.next]! + windowMs - t;
      // Never more than one window, even if a custom `now` steps back.
      if (waitMs > 0) return Math.ceil(Math.min(waitMs, windowMs));
      ring.sent[ring.next] = t;
      ring.next = (ring.next + 1) % limit;
      return 0;
    },
  };
}
