// A rate budget every process and machine of one organization shares through
// Redis: rate-limiter-flexible counts each partition's window atomically in a
// Lua script, so two services can never both take the last request. Redis is
// never allowed to hold a call up: a take that Redis does not answer in time
// (a stalled server keeps its socket open and ioredis still reports `ready`)
// is counted in this process's memory instead, as when Redis is down.
import { type RateBudget, type RateBudgetOptions, type RatePartition, guardedWindowMs } from "@leadping/client";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { type RedisFallback, fallbackReporter } from "./fallback.js";

/** Options of `redisRateBudget`: the budget's size (as for the in-process budget) plus where to count it. */
export interface RedisRateBudgetOptions extends RateBudgetOptions {
  /** An ioredis client; the budget uses it and never closes it. Give it an `error` listener (see the README). */
  redis: Redis;
  /** Names the shared budget in Redis; every service of one organization uses the same scope (never put a key in it). @default "default" */
  scope?: string;
  /** How long one take waits for Redis (for the first connection, or for an answer) before counting in memory, in ms. @default 500 */
  redisTimeoutMs?: number;
  /** Called when the budget starts counting in memory instead of Redis (once per episode, not per take). @default a console.warn line */
  onFallback?: (fallback: RedisFallback) => void;
}

/** A take's extra arguments, passed by `@leadping/client`. */
export interface RateBudgetTakeOptions {
  /** Ends the wait for Redis: the take rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/** A `RateBudget` counted in Redis. */
export interface RedisRateBudget extends RateBudget {
  /** Takes one request from `partition`: 0 when granted, else the ms to wait; waits for Redis at most `redisTimeoutMs` and the signal. */
  take(partition: RatePartition, options?: RateBudgetTakeOptions): Promise<number>;
}

/**
 * rate-limiter-flexible's counting script with `PX` instead of `EX`, so a
 * window (plus its guard) need not be whole seconds. It reads the limiter's
 * own duration (ARGV[4], fractional seconds) rather than ARGV[2], which the
 * library floors to whole seconds.
 */
const COUNT_IN_WINDOW_LUA = `local ms = math.floor(tonumber(ARGV[4]) * 1000)
redis.call('set', KEYS[1], 0, 'PX', ms, 'NX')
local consumed = redis.call('incrby', KEYS[1], ARGV[1])
local ttl = redis.call('pttl', KEYS[1])
if ttl == -1 then
  redis.call('pexpire', KEYS[1], ms)
  ttl = ms
end
return {consumed, ttl}`;

const TIMED_OUT = Symbol("timed out");

/**
 * A budget of `limit` requests per `windowMs` (+ guard) in each partition,
 * counted in Redis in fixed windows that start with a partition's first
 * request. While Redis is connecting for the first time a take waits for it
 * (once, up to `redisTimeoutMs`); while it is unreachable or slower than that, each
 * process counts the same budget in its own memory and says so through
 * `onFallback`, so calls go on (the client's 429 handling covers the overlap).
 */
export function redisRateBudget(options: RedisRateBudgetOptions): RedisRateBudget {
  const { limit, windowMs } = guardedWindowMs(options);
  if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError("A rate budget needs a limit of at least 1 and a positive window.");
  // rate-limiter-flexible runs the custom script only for windows of a second or more; below that it
  // counts without an expiry, and a partition would stay spent for good.
  if (windowMs < 1000) throw new RangeError(`A Redis rate budget needs a window (guard included) of at least 1000 ms, got ${windowMs} ms.`);
  const redisTimeoutMs = options.redisTimeoutMs !== undefined && options.redisTimeoutMs >= 0 ? options.redisTimeoutMs : 500;
  const { redis } = options;
  const duration = windowMs / 1000;
  const memory = new RateLimiterMemory({ points: limit, duration });
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    points: limit,
    duration,
    keyPrefix: `leadping-rate-budget:${options.scope ?? "default"}`,
    customIncrTtlLuaScript: COUNT_IN_WINDOW_LUA,
    rejectIfRedisNotReady: true,
  });
  const report = fallbackReporter("rate budget", options.onFallback);
  // The Redis command a take gave up on: until it settles, Redis is stalled and takes go straight to
  // memory instead of queueing one more command each behind it.
  let stalled: Promise<unknown> | undefined;
  // Until the client was ready once, a take waits for it; after that, an outage falls back at once.
  let firstConnection = redis.status === "ready" ? undefined : waitForReady(redis);
  void firstConnection?.then(() => (firstConnection = undefined));

  const grant = async (consume: Promise<unknown>): Promise<number> => {
    try {
      await consume;
      return 0;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return Math.max(1, refusal.msBeforeNext);
      throw refusal;
    }
  };

  return {
    async take(partition, takeOptions = {}) {
      const { signal } = takeOptions;
      signal?.throwIfAborted();
      if (stalled) {
        report("stalled");
        return grant(memory.consume(partition));
      }
      if (redis.status !== "ready") {
        // The first connection under way: wait for it (once) rather than count in memory at once.
        const connected = firstConnection && (await within(firstConnection, redisTimeoutMs, signal)) !== TIMED_OUT;
        firstConnection = undefined;
        // Read again: the status changed while this take waited (TypeScript still narrows it to "not ready").
        if (!connected || (redis.status as string) !== "ready") {
          report(redis.status === "end" ? "closed" : "not-ready");
          return grant(memory.consume(partition));
        }
      }
      const consume = limiter.consume(partition).then(
        () => "granted" as const,
        (refusal: unknown) => refusal,
      );
      const answer = await within(consume, redisTimeoutMs, signal);
      if (answer === TIMED_OUT) {
        stalled = consume.finally(() => (stalled = undefined));
        report("stalled");
        return grant(memory.consume(partition));
      }
      if (answer === "granted") return (report.recovered(), 0);
      if (answer instanceof RateLimiterRes) return (report.recovered(), Math.max(1, answer.msBeforeNext));
      // Redis answered with an error (or the client refused for not being ready): count in memory.
      report("error", answer);
      return grant(memory.consume(partition));
    },
  };
}

function waitForReady(redis: Redis): Promise<void> {
  return new Promise((resolve) => redis.once("ready", () => resolve()));
}

/** `work`'s result, or TIMED_OUT after `ms`; rejects with the signal's reason when it aborts first. */
async function within<T>(work: Promise<T>, ms: number, signal: AbortSignal | undefined): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(resolve, ms, TIMED_OUT))),
      new Promise<never>((_, reject) => {
        if (!signal) return;
        // Like fetch and timers/promises: an abort rejects with the signal's own reason, whatever it is.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        onAbort = () => reject(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
      }),
    ]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
}
