// Public entry of @leadping/redis: Redis-backed helpers for @leadping/client.
export { redisRateBudget } from "./redis-budget.js";
export type { RateBudgetTakeOptions, RedisRateBudget, RedisRateBudgetOptions } from "./redis-budget.js";
export type { RedisFallback, RedisFallbackReason } from "./fallback.js";
export { redisSeenWebhookStore } from "./seen-store.js";
export type { RedisSeenWebhookStoreOptions } from "./seen-store.js";
