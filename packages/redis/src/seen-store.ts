// A webhook deduplication store every receiver of a service shares through
// Redis: `SET NX` records an id and says whether it was there in one atomic
// step, so a delivery that reaches several instances at once is processed once.
import type { SeenWebhookStore } from "@leadping/client/webhooks";
import type { Redis } from "ioredis";

/** Options of `redisSeenWebhookStore`. */
export interface RedisSeenWebhookStoreOptions {
  /** An ioredis client; the store uses it and never closes it. Give it an `error` listener (see the README). */
  redis: Redis;
  /** Names the receiver in Redis (`leadping-webhook-seen:<scope>:<webhook-id>`); one scope per endpoint. @default "default" */
  scope?: string;
  /**
   * How long a handled id is remembered, in seconds: longer than Leadping retries a delivery, and at
   * least twice the handler's `toleranceSeconds` (600 for the default 300), which is the least accepted.
   * @default 604800 (7 days)
   */
  ttlSeconds?: number;
}

/**
 * A `SeenWebhookStore` in Redis for `createWebhookHandler` / `createNodeWebhookHandler`'s
 * `store` option. A Redis error rejects: the handler then answers 500 and Leadping retries,
 * so an outage never marks a delivery handled.
 */
export function redisSeenWebhookStore(options: RedisSeenWebhookStoreOptions): SeenWebhookStore {
  const ttlSeconds = options.ttlSeconds ?? 7 * 24 * 3600;
  if (!(ttlSeconds >= 600) || !Number.isInteger(ttlSeconds)) {
    throw new RangeError(
      `A webhook id must be remembered for a whole number of seconds, at least 600 (twice the default tolerance), got ${ttlSeconds}.`,
    );
  }
  const { redis } = options;
  const prefix = `leadping-webhook-seen:${options.scope ?? "default"}:`;
  return {
    async seen(id) {
      return (await redis.set(prefix + id, "1", "EX", ttlSeconds, "NX")) === null;
    },
    async forget(id) {
      await redis.del(prefix + id);
    },
  };
}
