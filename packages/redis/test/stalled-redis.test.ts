// A stalled Redis (redis-server stopped with SIGSTOP: its socket stays open and
// ioredis still reports `ready`) must not hold calls up (issue 21, item 1): the
// budget stops waiting for Redis after `redisTimeoutMs` or when the caller's
// signal aborts, counts in memory meanwhile, says so once, and returns to Redis
// once the server answers again.
import { createLeadpingClient } from "@leadping/client";
import { type RunningMockServer, startMockServer } from "@leadping/mock-server";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { type RedisFallback, redisRateBudget } from "../src/index.js";
import { type RunningRedis, startRedis } from "./redis-server.js";

let redis: RunningRedis;
let api: RunningMockServer;
const clients: Redis[] = [];

async function connect(): Promise<Redis> {
  const client = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  client.on("error", () => undefined);
  clients.push(client);
  await new Promise((resolve) => client.once("ready", resolve));
  return client;
}

beforeAll(async () => {
  [redis, api] = await Promise.all([startRedis(), startMockServer()]);
});

afterEach(() => {
  // A test that failed while Redis was stopped must not leave it stopped for the next.
  redis.resume();
});

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await Promise.all([redis?.stop(), api?.stop()]);
});

test("a take does not wait on a stalled Redis: it counts in memory, says so once, and returns to Redis when it answers", async () => {
  const client = await connect();
  const fallbacks: RedisFallback[] = [];
  const budget = redisRateBudget({
    redis: client,
    limit: 2,
    windowMs: 30_000,
    scope: "stalled",
    redisTimeoutMs: 200,
    onFallback: (f) => void fallbacks.push(f),
  });
  expect(await budget.take("organization")).toBe(0);
  expect(await client.get("leadping-rate-budget:stalled:organization")).toBe("1");

  redis.pause();
  expect(client.status).toBe("ready");
  // The in-memory budget of 2 counts from here.
  expect(await budget.take("organization")).toBe(0);
  expect(await budget.take("organization")).toBe(0);
  expect(await budget.take("organization")).toBeGreaterThan(0);
  expect(fallbacks.map((f) => [f.helper, f.reason])).toEqual([["rate budget", "stalled"]]);

  redis.resume();
  // The command the first stalled take gave up on completes; then takes count in Redis again.
  await client.ping();
  await new Promise((resolve) => setImmediate(resolve));
  const before = Number(await client.get("leadping-rate-budget:stalled:organization"));
  await budget.take("intake");
  expect(await client.get("leadping-rate-budget:stalled:intake")).toBe("1");
  expect(before).toBe(2);
});

test("the caller's signal ends a take that waits on a stalled Redis", async () => {
  const client = await connect();
  const budget = redisRateBudget({ redis: client, scope: "stalled-signal", redisTimeoutMs: 600_000, onFallback: () => undefined });
  redis.pause();
  const signal = AbortSignal.timeout(300);
  await expect(budget.take("organization", { signal })).rejects.toMatchObject({ name: "TimeoutError" });
  const aborted = AbortSignal.abort(new Error("caller gave up"));
  await expect(budget.take("organization", { signal: aborted })).rejects.toThrow("caller gave up");
});

test("a client call with a shared budget completes while Redis is stalled (the issue's reproduction)", async () => {
  const client = await connect();
  const warnings: RedisFallback[] = [];
  const lp = createLeadpingClient({
    baseUrl: api.url,
    apiKey: "sk_stalled_redis",
    timeoutMs: 1000,
    rateBudget: redisRateBudget({ redis: client, scope: "stalled-client", onFallback: (f) => void warnings.push(f) }),
  });
  expect(await lp.tags.list({}, { signal: AbortSignal.timeout(2000) })).toBeInstanceOf(Array);
  redis.pause();
  expect(await lp.tags.list({}, { signal: AbortSignal.timeout(2000) })).toBeInstanceOf(Array);
  expect(warnings.map((w) => w.reason)).toEqual(["stalled"]);
});
