// Public entry of @leadping/rate-budget-redis.
export { redisRateBudget } from "./redis-budget.js";
export type { RedisClient, RedisRateBudgetOptions } from "./redis-budget.js";
