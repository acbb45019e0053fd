// A rate budget every process and machine of one organization shares through
// Redis: rate-limiter-flexible counts each partition's window atomically in a
// Lua script, so two services can never both take the last request.
import { type RateBudget, type RateBudgetOptions, guardedWindowMs } from "@leadping/client";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

/** A Redis client rate-limiter-flexible can drive: ioredis (tested) or node-redis v4+. */
export type RedisClient = object;

/** Options of `redisRateBudget`: the budget's size (as for the in-process budget) plus where to count it. */
export interface RedisRateBudgetOptions extends RateBudgetOptions {
  /** A connected Redis client; the budget uses it and never closes it. */
  redis: RedisClient;
  /** Names the shared budget in Redis; every service of one organization uses the same scope (never put a key in it). @default "default" */
  scope?: string;
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

/**
 * A budget of `limit` requests per `windowMs` (+ guard) in each partition,
 * counted in Redis in fixed windows that start with a partition's first
 * request. While Redis is unreachable each process falls back to the same
 * budget counted in its own memory, so calls go on (the client's 429 handling
 * covers the overlap) instead of failing with Redis.
 */
export function redisRateBudget(options: RedisRateBudgetOptions): RateBudget {
  const { limit, windowMs } = guardedWindowMs(options);
  if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError("A rate budget needs a limit of at least 1 and a positive window.");
  // rate-limiter-flexible runs the custom script only for windows of a second or more; below that it
  // counts without an expiry, and a partition would stay spent for good.
  if (windowMs < 1000) throw new RangeError(`A Redis rate budget needs a window (guard included) of at least 1000 ms, got ${windowMs} ms.`);
  const duration = windowMs / 1000;
  const limiter = new RateLimiterRedis({
    storeClient: options.redis,
    points: limit,
    duration,
    keyPrefix: `leadping-rate-budget:${options.scope ?? "default"}`,
    customIncrTtlLuaScript: COUNT_IN_WINDOW_LUA,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ points: limit, duration }),
  });
  return {
    async take(partition) {
      try {
        await limiter.consume(partition);
        return 0;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return Math.max(1, refusal.msBeforeNext);
        throw refusal;
      }
    },
  };
}
