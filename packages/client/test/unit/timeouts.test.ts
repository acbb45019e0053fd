// Per-attempt timeouts and the caller's AbortSignal.
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { LeadpingAbortError, LeadpingError, LeadpingTimeoutError, createLeadpingClient } from "../../src/index.js";
import type { RetryClock } from "../../src/index.js";
import { hangingAnswer, json, problem, scriptedFetch } from "../helpers/fake-fetch.js";
import type { RecordedCall } from "../helpers/fake-fetch.js";
import { lead } from "../helpers/fixtures.js";
import { recordingClock } from "../helpers/clock.js";
import { guardAttempt } from "../../src/attempt-guard.js";

const baseUrl = "http://api.test";

describe("timeouts", () => {
  it("a hung attempt times out and the retry succeeds", async () => {
    const fetch = scriptedFetch(hangingAnswer, json(lead()));
    // Generous: the second (instant) answer must beat the timer even on a loaded machine.
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch, timeoutMs: 500, clock: recordingClock() });
    await expect(lp.leads.get("lead_1")).resolves.toMatchObject({ id: "lead_1" });
    expect(fetch.calls).toHaveLength(2);
    expect(fetch.calls[0]!.signal?.aborted).toBe(true);
    expect(fetch.calls[1]!.signal?.aborted).toBe(false);
  });

  it("every attempt timing out ends in LeadpingTimeoutError", async () => {
    const fetch = scriptedFetch(hangingAnswer);
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch, timeoutMs: 1000, clock: recordingClock() });
    const error = await lp.leads.get("lead_1", { timeoutMs: 10, maxRetries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingTimeoutError);
    expect((error as Error).message).toContain("10 ms");
    expect(fetch.calls).toHaveLength(2);
  });

  it("a NaN timeoutMs (an unset env variable) keeps the timeout instead of disabling it", async () => {
    const fetch = scriptedFetch(json(lead()), hangingAnswer);
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch, timeoutMs: Number.NaN });
    await lp.leads.get("lead_1");
    expect(fetch.calls[0]!.signal).toBeDefined();
    const timed = createLeadpingClient({ apiKey: "k", baseUrl, fetch, timeoutMs: 10, clock: recordingClock() });
    const error = await timed.leads.get("lead_1", { timeoutMs: Number.NaN, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingTimeoutError);
    expect((error as Error).message).toContain("10 ms");
  });

  it("timeoutMs 0 disables the timer", async () => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch, timeoutMs: 0 });
    await lp.leads.get("lead_1");
    expect(fetch.calls[0]!.signal).toBeUndefined();
  });
});

describe("caller abort", () => {
  it("surfaces as LeadpingAbortError (named AbortError, the reason as cause) and is never retried", async () => {
    const controller = new AbortController();
    // The caller aborts while the (hanging) request is in flight.
    const abortInFlight = (call: RecordedCall) => {
      setTimeout(() => controller.abort(), 1);
      return hangingAnswer(call);
    };
    const fetch = scriptedFetch(abortInFlight, json(lead()));
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch, timeoutMs: 0, clock: recordingClock() });
    const error = await lp.leads.get("lead_1", { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingAbortError);
    expect(error).toBeInstanceOf(LeadpingError);
    expect((error as Error).name).toBe("AbortError");
    expect((error as Error).cause).toBeInstanceOf(DOMException);
    expect(fetch.calls).toHaveLength(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch });
    await expect(lp.leads.get("lead_1", { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(fetch.calls).toHaveLength(0);
  });

  it("aborting while an async key function runs sends nothing", async () => {
    const controller = new AbortController();
    const fetch = scriptedFetch(json(lead()));
    const apiKey = () => {
      controller.abort();
      return Promise.resolve("k");
    };
    for (const timeoutMs of [0, 60_000]) {
      const lp = createLeadpingClient({ apiKey, baseUrl, fetch, timeoutMs });
      await expect(lp.leads.get("lead_1", { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    }
    expect(fetch.calls).toHaveLength(0);
  });

  it("aborting during the backoff wait stops the retries", async () => {
    const controller = new AbortController();
    const fetch = scriptedFetch(new Response("", { status: 503 }), json(lead()));
    const clock: RetryClock = {
      now: () => 0,
      sleep: (_, signal) => {
        controller.abort();
        return Promise.reject(signal!.reason as Error);
      },
    };
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch, clock });
    await expect(lp.leads.get("lead_1", { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(fetch.calls).toHaveLength(1);
  });

  it("the real clock's wait is interrupted by abort", async () => {
    const controller = new AbortController();
    // A 503 asking for a 30 s wait; the caller aborts right after it arrives.
    const unavailable = () => {
      setTimeout(() => controller.abort(), 10);
      return new Response("", { status: 503, headers: { "retry-after": "30" } });
    };
    const fetch = scriptedFetch(unavailable, json(lead()));
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch });
    await expect(lp.leads.get("lead_1", { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(fetch.calls).toHaveLength(1);
  });

  it("the real clock's wait does not start when the caller aborted while the response was read", async () => {
    const controller = new AbortController();
    // A fetch that answers although the caller aborted meanwhile; the 503 asks for a 30 s wait.
    const abortThenAnswer = () => {
      controller.abort();
      return new Response("", { status: 503, headers: { "retry-after": "30" } });
    };
    const fetch = scriptedFetch(abortThenAnswer, json(lead()));
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch, timeoutMs: 0 });
    // Without the check the call would sit out the 30 s and fail by the test's timeout.
    await expect(lp.leads.get("lead_1", { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(fetch.calls).toHaveLength(1);
  });

  it("a long-lived signal keeps no listeners from finished calls and their retry waits", async () => {
    const controller = new AbortController();
    const fetch = scriptedFetch(problem(503), problem(503), json(lead()));
    // random 0: the real clock's backoff waits are 0 ms.
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch, random: () => 0 });
    for (let i = 0; i < 3; i++) await lp.leads.get("lead_1", { signal: controller.signal });
    expect(fetch.calls.length).toBeGreaterThanOrEqual(5);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});

describe("timeouts and credentials", () => {
  it("redact the key from the cause of a LeadpingTimeoutError, as from a connection failure's", async () => {
    // A fetch whose abort error quotes the request's headers, as some polyfills' do.
    const quotingAbort = (call: RecordedCall) =>
      new Promise<Response>((_, reject) =>
        call.signal!.addEventListener("abort", () => reject(new Error(`aborted with ${call.headers.authorization}`)), { once: true }),
      );
    const lp = createLeadpingClient({
      apiKey: "sk_live_timeout",
      baseUrl,
      fetch: scriptedFetch(quotingAbort),
      timeoutMs: 10,
      maxRetries: 0,
    });
    const error = await lp.leads.get("lead_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingTimeoutError);
    expect(((error as Error).cause as Error).message).toBe("aborted with Bearer [redacted]");
  });
});

describe("an abort while the rate budget is consulted", () => {
  it("ends the call even when the budget then grants the request, sending nothing", async () => {
    const controller = new AbortController();
    const fetch = scriptedFetch(json(lead()));
    // A shared budget (say, in Redis) answers asynchronously; the caller gives up meanwhile.
    const rateBudget = {
      take: () =>
        Promise.resolve().then(() => {
          controller.abort(new Error("caller gave up"));
          return 0;
        }),
    };
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch, rateBudget, clock: recordingClock() });
    const error = await lp.leads.get("lead_1", { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingAbortError);
    expect(((error as Error).cause as Error).message).toBe("caller gave up");
    expect(fetch.calls).toHaveLength(0);
  });

  it("an attempt guard made for an already aborted signal is aborted at once, with the caller's reason", () => {
    const reason = new Error("already gone");
    const guard = guardAttempt(AbortSignal.abort(reason), 1000);
    expect(guard.signal.aborted).toBe(true);
    expect(guard.signal.reason).toBe(reason);
    guard.clear();
  });
});
