// The rate limiter's partitions are bounded: each distinct token opens one, so
// a client sending fresh tokens must not grow the mock without end.
import { describe, expect, test } from "vitest";
import { RateLimit } from "../../src/http/rate-limit.js";
import { call, startStrict } from "../helpers.js";

/** The keys rate-limiter-flexible's in-memory store really holds (its private map: what grew before). */
function storedKeys(limit: RateLimit): number {
  const inner = limit as unknown as { limiter: { _memoryStorage: { _storage: Map<string, unknown> } } };
  return inner.limiter._memoryStorage._storage.size;
}

describe("rate-limit partitions", () => {
  test("20,000 distinct 8 KiB tokens leave at most maxPartitions partitions, each keyed by a short digest", async () => {
    const limit = new RateLimit({ limit: 5, windowMs: 60_000, maxPartitions: 100 });
    const filler = "x".repeat(8 * 1024);
    for (let i = 0; i < 20_000; i++) await limit.take(`user:${filler}${i}`);
    expect(limit.partitions.size).toBe(100);
    expect(storedKeys(limit)).toBe(100);
    const inner = limit as unknown as { limiter: { _memoryStorage: { _storage: Map<string, unknown> } } };
    for (const key of inner.limiter._memoryStorage._storage.keys()) expect(key.length).toBeLessThanOrEqual(64);
  });

  test("the default keeps 10,000 partitions", async () => {
    const limit = new RateLimit({});
    for (let i = 0; i < 10_050; i++) await limit.take(`ip:10.0.${i}`);
    expect(storedKeys(limit)).toBe(10_000);
  });

  test("over HTTP, a new token pushes out the least recently used partition, not one in use", async () => {
    const server = await startStrict({ rateLimit: { limit: 2, windowMs: 60_000, maxPartitions: 3 } });
    const get = (token: string) => call(server.url, "GET", "/tags", { token }).then((answer) => answer.status);
    expect([await get("user_a"), await get("user_a"), await get("user_a")]).toEqual([200, 200, 429]);
    await get("user_b");
    await get("user_c");
    // A was used last before B and C; touching it again makes B the least recently used.
    expect(await get("user_a")).toBe(429);
    await get("user_d"); // pushes out B
    expect(await get("user_a")).toBe(429);
    await get("user_e"); // pushes out C
    await get("user_f"); // pushes out D
    expect(await get("user_a")).toBe(429);
    for (const token of ["user_g", "user_h", "user_i"]) await get(token); // the last pushes out A
    // A forgotten partition starts a fresh window, as it would once its window ended.
    expect(await get("user_a")).toBe(200);
  });

  test("maxPartitions must be a positive integer", () => {
    expect(() => new RateLimit({ maxPartitions: 0 })).toThrow(RangeError);
  });
});
