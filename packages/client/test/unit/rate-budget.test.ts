// The rate budget: the in-process sliding window, and the client waiting for
// budget before every attempt, bounded by its timeout and signal.
import { describe, expect, it, vi } from "vitest";
import { LeadpingAbortError, LeadpingTimeoutError, createLeadpingClient, inProcessRateBudget } from "../../src/index.js";
import type { LeadpingClientOptions, RateBudget, RatePartition, RetryClock } from "../../src/index.js";
import { json, problem, scriptedFetch } from "../helpers/fake-fetch.js";
import { lead } from "../helpers/fixtures.js";

/** A clock whose sleeps advance virtual time at once, so waits are exact and instant. */
function virtualClock(): RetryClock & { sleeps: number[]; t: number } {
  const clock = {
    t: 0,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) return Promise.reject(signal.reason as Error);
      clock.sleeps.push(ms);
      clock.t += ms;
      return Promise.resolve();
    },
  };
  return clock;
}

function setup(options: LeadpingClientOptions & { clock?: ReturnType<typeof virtualClock> } = {}) {
  const clock = options.clock ?? virtualClock();
  const sentAt: number[] = [];
  const fetch = scriptedFetch(() => {
    sentAt.push(clock.t);
    return json(lead());
  });
  const lp = createLeadpingClient({
    apiKey: "sk_secret_org",
    sourceKey: "lp_src_secret",
    baseUrl: "http://api.test",
    fetch,
    clock,
    ...options,
  });
  return { clock, fetch, lp, sentAt };
}

describe("inProcessRateBudget", () => {
  it("grants `limit` per sliding window and says how long to wait for the next", () => {
    let t = 0;
    const budget = inProcessRateBudget({ limit: 3, windowMs: 1000, guardMs: 0 }, () => t);
    expect([budget.take("organization"), budget.take("organization")]).toEqual([0, 0]);
    t = 500;
    expect(budget.take("organization")).toBe(0);
    expect(budget.take("organization")).toBe(500);
    t = 1000; // both sends at 0 leave the window (1000 ms ago); the one at 500 does not
    expect([budget.take("organization"), budget.take("organization")]).toEqual([0, 0]);
    expect(budget.take("organization")).toBe(500);
  });

  it("counts the organization and intake partitions separately", () => {
    const budget = inProcessRateBudget({ limit: 1, windowMs: 1000, guardMs: 0 }, () => 0);
    expect(budget.take("organization")).toBe(0);
    expect(budget.take("intake")).toBe(0);
    expect(budget.take("intake")).toBe(1000);
  });

  it("adds a guard of max(100 ms, 2% of the window) by default", () => {
    let t = 0;
    const budget = inProcessRateBudget({ limit: 1, windowMs: 60_000 }, () => t);
    expect(budget.take("organization")).toBe(0);
    t = 60_000;
    expect(budget.take("organization")).toBe(1200);
    const short = inProcessRateBudget({ limit: 1, windowMs: 2000 }, () => 0);
    expect(short.take("organization")).toBe(0);
    expect(short.take("organization")).toBe(2100);
  });

  it("refuses a budget that could never grant", () => {
    expect(() => inProcessRateBudget({ limit: 0 })).toThrow(RangeError);
  });
});

describe("the client with a rate budget", () => {
  it("never sends more than the budget in any window, waiting instead", async () => {
    const clock = virtualClock();
    const { lp, sentAt } = setup({ clock, rateBudget: inProcessRateBudget({ limit: 2, windowMs: 1000, guardMs: 0 }, () => clock.t) });
    for (let i = 0; i < 7; i++) await lp.leads.get("lead_1");
    expect(sentAt).toEqual([0, 0, 1000, 1000, 2000, 2000, 3000]);
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
  });

  it("switches on Leadping's 300 per 60 s (+ guard) with `rateBudget: inProcessRateBudget()`", async () => {
    const clock = virtualClock();
    // A full window's wait outlasts the default 60 s timeout: this call allows it.
    const { lp, sentAt } = setup({ clock, rateBudget: inProcessRateBudget(undefined, () => clock.t), timeoutMs: 120_000 });
    for (let i = 0; i < 301; i++) await lp.leads.get("lead_1");
    expect(sentAt.filter((t) => t === 0)).toHaveLength(300);
    expect(sentAt.at(-1)).toBe(61_200);
    expect(clock.sleeps).toEqual([61_200]);
  });

  it("logs each wait for budget as a rate-wait event with its partition", async () => {
    const clock = virtualClock();
    const entries: unknown[] = [];
    const logger = { debug() {}, info: (fields: unknown) => void entries.push(fields), warn() {}, error() {} };
    const { lp } = setup({ clock, logger, rateBudget: inProcessRateBudget({ limit: 1, windowMs: 1000, guardMs: 0 }, () => clock.t) });
    await lp.leads.get("lead_1");
    await lp.leads.get("lead_1");
    expect(entries).toEqual([
      expect.objectContaining({ event: "rate-wait", waitMs: 1000, partition: "organization", attempt: 1, path: "/leads/{id}" }),
    ]);
  });

  it("does not wait at all without a budget", async () => {
    const { clock, lp, sentAt } = setup();
    for (let i = 0; i < 400; i++) await lp.leads.get("lead_1");
    expect(sentAt).toHaveLength(400);
    expect(clock.sleeps).toEqual([]);
  });

  it("consults the budget before every attempt, retries included, in the operation's partition", async () => {
    const taken: RatePartition[] = [];
    const budget: RateBudget = { take: (partition) => (taken.push(partition), 0) };
    const clock = virtualClock();
    const fetch = scriptedFetch(problem(503), json(lead()), json(lead(), 201));
    const lp = createLeadpingClient({
      apiKey: "sk_org",
      sourceKey: "lp_src_key",
      baseUrl: "http://api.test",
      fetch,
      clock,
      rateBudget: budget,
    });
    await lp.leads.get("lead_1");
    await lp.leads.create({ metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { firstName: "Ada" } });
    expect(taken).toEqual(["organization", "organization", "intake"]);
  });

  it("fails at once with LeadpingTimeoutError when the wait would outlast the timeout, sending nothing", async () => {
    const { fetch, lp, sentAt } = setup({ rateBudget: inProcessRateBudget({ limit: 1, windowMs: 60_000 }, () => 0), timeoutMs: 5000 });
    await lp.leads.get("lead_1");
    const error = await lp.leads.get("lead_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingTimeoutError);
    expect(String(error)).toMatch(/GET \/leads\/lead_1 would wait 61200 ms for the organization rate budget, beyond its 5000 ms timeout/);
    expect(String(error)).not.toContain("sk_secret_org");
    expect(sentAt).toHaveLength(1);
    expect(fetch.calls).toHaveLength(1);
  });

  it("stops waiting when the call's signal aborts", async () => {
    const budget: RateBudget = { take: () => 10_000 };
    const { lp, fetch } = setup({ rateBudget: budget, timeoutMs: 0 });
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    controller.abort(reason);
    const error = await lp.leads.get("lead_1", { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingAbortError);
    expect((error as Error).cause).toBe(reason);
    expect(fetch.calls).toHaveLength(0);
  });

  it("aborts a wait in progress on the real clock", async () => {
    const { fetch } = setup();
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl: "http://api.test", fetch, rateBudget: { take: () => 30_000 } });
    const controller = new AbortController();
    const pending = lp.leads.get("lead_1", { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(fetch.calls).toHaveLength(0);
  });
});

describe("a slow or broken budget", () => {
  it("gets the attempt's signal, and a take that never answers ends at the attempt's timeout", async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const budget: RateBudget = {
      take: (_partition, options) => {
        signals.push(options?.signal);
        return new Promise<number>(() => undefined); // a store that never answers
      },
    };
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl: "http://api.test", fetch, rateBudget: budget, timeoutMs: 30 });
    const error = await lp.leads.get("lead_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingTimeoutError);
    expect((error as Error).message).toMatch(/rate budget, beyond its 30 ms timeout/);
    expect(signals[0]?.aborted).toBe(true);
    expect(fetch.calls).toHaveLength(0);
  });

  it("a take that never answers ends when the caller aborts, even without a timeout", async () => {
    const budget: RateBudget = { take: () => new Promise<number>(() => undefined) };
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl: "http://api.test", fetch, rateBudget: budget, timeoutMs: 0 });
    const controller = new AbortController();
    const pending = lp.leads.get("lead_1", { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toBeInstanceOf(LeadpingAbortError);
    expect(fetch.calls).toHaveLength(0);
  });

  it("a wait beyond setTimeout's 2^31 ms range sleeps in clamped steps instead of spinning", async () => {
    // With timers faked, an unclamped setTimeout(2^32) would fire at once and ask the budget again in a tight loop.
    vi.useFakeTimers();
    try {
      let takes = 0;
      const budget: RateBudget = { take: () => (++takes > 3 ? 0 : 2 ** 32) };
      const fetch = scriptedFetch(json(lead()));
      const lp = createLeadpingClient({ apiKey: "sk", baseUrl: "http://api.test", fetch, rateBudget: budget, timeoutMs: 0 });
      const pending = lp.leads.get("lead_1");
      await vi.advanceTimersByTimeAsync(10);
      expect(takes).toBe(1);
      await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
      expect(takes).toBe(2);
      await vi.advanceTimersByTimeAsync(2 * (2 ** 31 - 1));
      await expect(pending).resolves.toMatchObject({ id: "lead_1" });
      expect(takes).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("inProcessRateBudget's clock", () => {
  it("is monotonic: a wall-clock step back neither stalls nor frees the budget", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const budget = inProcessRateBudget({ limit: 1, windowMs: 1000, guardMs: 0 });
      expect(budget.take("organization")).toBe(0);
      // NTP or a VM resume moves the wall clock an hour back.
      vi.setSystemTime(Date.now() - 3_600_000);
      const waitMs = budget.take("organization") as number;
      expect(waitMs).toBeGreaterThan(0);
      expect(waitMs).toBeLessThanOrEqual(1000);
      // And two hours forward: a wall clock would free the budget at once.
      vi.setSystemTime(Date.now() + 7_200_000);
      expect(budget.take("organization")).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("never asks for more than one window, even from a custom clock that steps back", () => {
    let t = 10_000;
    const budget = inProcessRateBudget({ limit: 1, windowMs: 1000, guardMs: 0 }, () => t);
    expect(budget.take("intake")).toBe(0);
    t -= 3_600_000;
    expect(budget.take("intake")).toBe(1000);
  });
});
