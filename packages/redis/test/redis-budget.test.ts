// The Redis budget against a real redis-server: shared counting, scopes,
// partitions, windows that are not whole seconds, and Redis going away.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { redisRateBudget } from "../src/index.js";
import { type RunningRedis, startRedis } from "./redis-server.js";

let redis: RunningRedis;
const clients: Redis[] = [];

/** A connected client: until a connection is ready the budget counts in process, by design. */
async function connect(url = redis.url): Promise<Redis> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  client.on("error", () => undefined);
  clients.push(client);
  await new Promise((resolve) => client.once("ready", resolve));
  return client;
}

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await redis?.stop();
});

describe("redisRateBudget", () => {
  test("two budgets on separate connections share one count, and say how long to wait", async () => {
    const options = { limit: 3, windowMs: 30_000, guardMs: 0, scope: "shared-count" };
    const a = redisRateBudget({ ...options, redis: await connect() });
    const b = redisRateBudget({ ...options, redis: await connect() });
    expect([await a.take("organization"), await b.take("organization"), await a.take("organization")]).toEqual([0, 0, 0]);
    const wait = await b.take("organization");
    expect(wait).toBeGreaterThan(25_000);
    expect(wait).toBeLessThanOrEqual(30_000);
  });

  test("keeps partitions and scopes apart", async () => {
    const client = await connect();
    const one = redisRateBudget({ limit: 1, windowMs: 30_000, scope: "org-one", redis: client });
    const two = redisRateBudget({ limit: 1, windowMs: 30_000, scope: "org-two", redis: client });
    expect(await one.take("organization")).toBe(0);
    expect(await one.take("intake")).toBe(0);
    expect(await two.take("organization")).toBe(0);
    expect(await one.take("organization")).toBeGreaterThan(0);
  });

  test("counts windows that are not whole seconds (window plus guard), in ms", async () => {
    const budget = redisRateBudget({ limit: 1, windowMs: 1500, guardMs: 100, scope: "fractional", redis: await connect() });
    expect(await budget.take("organization")).toBe(0);
    const wait = await budget.take("organization");
    expect(wait).toBeGreaterThan(1000);
    expect(wait).toBeLessThanOrEqual(1600);
  });

  test("refuses a window under one second, which the library would count without an expiry", async () => {
    const redis = await connect();
    expect(() => redisRateBudget({ limit: 1, windowMs: 500, guardMs: 100, redis })).toThrow(/at least 1000 ms, got 600 ms/);
    expect(() => redisRateBudget({ limit: 1, windowMs: 900, guardMs: 100, redis })).not.toThrow();
  });

  test("never stores a credential: keys name only the scope and partition", async () => {
    const client = await connect();
    await redisRateBudget({ limit: 5, windowMs: 30_000, scope: "key-names", redis: client }).take("intake");
    expect(await client.keys("*key-names*")).toEqual(["leadping-rate-budget:key-names:intake"]);
  });

  test("falls back to an in-process budget while Redis is unreachable, instead of failing or hanging", async () => {
    const lost = await startRedis();
    const client = await connect(lost.url);
    const fallbacks: string[] = [];
    const budget = redisRateBudget({
      limit: 2,
      windowMs: 30_000,
      scope: "outage",
      redis: client,
      onFallback: (f) => void fallbacks.push(f.reason),
    });
    expect(await budget.take("organization")).toBe(0);
    await lost.stop();
    await new Promise((resolve) => client.once("close", resolve));
    expect(await budget.take("organization")).toBe(0);
    expect(await budget.take("organization")).toBe(0);
    expect(await budget.take("organization")).toBeGreaterThan(0);
    // Said once, not per take.
    expect(fallbacks).toHaveLength(1);
  });

  test("waits for the first connection instead of counting in memory while Redis connects", async () => {
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    client.on("error", () => undefined);
    clients.push(client);
    expect(client.status).not.toBe("ready");
    const fallbacks: string[] = [];
    const budget = redisRateBudget({
      limit: 5,
      windowMs: 30_000,
      scope: "connecting",
      redis: client,
      onFallback: (f) => void fallbacks.push(f.reason),
    });
    expect(await budget.take("organization")).toBe(0);
    expect(await client.get("leadping-rate-budget:connecting:organization")).toBe("1");
    expect(fallbacks).toEqual([]);
  });

  test("says so, once, when Redis never becomes ready, and counts in memory", async () => {
    const nowhere = await startRedis();
    await nowhere.stop();
    const client = new Redis(nowhere.url, { maxRetriesPerRequest: 1 });
    client.on("error", () => undefined);
    clients.push(client);
    const fallbacks: string[] = [];
    const budget = redisRateBudget({
      limit: 1,
      windowMs: 30_000,
      redis: client,
      redisTimeoutMs: 200,
      onFallback: (f) => void fallbacks.push(f.reason),
    });
    expect(await budget.take("organization")).toBe(0);
    expect(await budget.take("organization")).toBeGreaterThan(0);
    expect(fallbacks).toEqual(["not-ready"]);
  });

  test("by default warns once on the console, without the connection string's password", async () => {
    const nowhere = await startRedis();
    await nowhere.stop();
    const client = new Redis(`redis://:s3cret-password@127.0.0.1:${nowhere.port}`, { maxRetriesPerRequest: 1 });
    client.on("error", () => undefined);
    clients.push(client);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const budget = redisRateBudget({ limit: 5, windowMs: 30_000, redis: client, redisTimeoutMs: 200 });
      expect([await budget.take("organization"), await budget.take("organization")]).toEqual([0, 0]);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/rate budget: Redis is not usable \(not-ready\)/);
      expect(String(warn.mock.calls[0]![0])).not.toContain("s3cret");
    } finally {
      warn.mockRestore();
    }
  });
});
