// The retry loop with an injected fetch and clock: counts, waits and per-operation safety.
import { describe, expect, it } from "vitest";
import {
  InternalServerError,
  LeadpingConnectionError,
  LeadpingTimeoutError,
  RateLimitError,
  createLeadpingClient,
} from "../../src/index.js";
import type { LeadpingClientOptions } from "../../src/index.js";
import { hangingAnswer, json, networkError, problem, scriptedFetch } from "../helpers/fake-fetch.js";
import type { Answer } from "../helpers/fake-fetch.js";
import { lead, tag, wholeLead } from "../helpers/fixtures.js";
import { recordingClock } from "../helpers/clock.js";

function setup(answers: Answer[], options: LeadpingClientOptions = {}) {
  const fetch = scriptedFetch(...answers);
  const clock = recordingClock();
  const lp = createLeadpingClient({
    apiKey: "sk_org",
    sourceKey: "lp_src",
    baseUrl: "http://api.test",
    fetch,
    clock,
    random: () => 0.5,
    ...options,
  });
  return { fetch, clock, lp };
}

describe("idempotent operations", () => {
  it.each([408, 500, 502, 503, 504])("retry on %i and then succeed", async (status) => {
    const { fetch, clock, lp } = setup([problem(status), json(lead())]);
    await expect(lp.leads.update("lead_1", wholeLead())).resolves.toMatchObject({ id: "lead_1" });
    expect(fetch.calls).toHaveLength(2);
    expect(clock.sleeps).toEqual([250]);
  });

  it("wait at least 6 s (doubling, jittered) after a 429 without Retry-After, not sub-second backoff", async () => {
    const { fetch, clock, lp } = setup([problem(429), problem(429), json(lead())], { random: () => 0.5 });
    await expect(lp.leads.update("lead_1", wholeLead())).resolves.toMatchObject({ id: "lead_1" });
    expect(fetch.calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([7500, 15_000]);
  });

  it("back off exponentially with full jitter between attempts, then give up", async () => {
    const { fetch, clock, lp } = setup([problem(503)], { maxRetries: 5 });
    await expect(lp.leads.get("lead_1")).rejects.toBeInstanceOf(InternalServerError);
    expect(fetch.calls).toHaveLength(6);
    expect(clock.sleeps).toEqual([250, 500, 1000, 2000, 4000]);
  });

  it("cap the backoff at 8 s", async () => {
    const { clock, lp } = setup([problem(503)], { maxRetries: 7, random: () => 0.9999 });
    await lp.leads.get("lead_1").catch(() => undefined);
    expect(Math.max(...clock.sleeps)).toBeLessThan(8000);
    expect(clock.sleeps.at(-1)).toBeGreaterThan(7990);
  });

  it("obey Retry-After in seconds and as an HTTP date, capped at 60 s", async () => {
    const date = new Date(Date.parse("2026-03-01T12:00:00Z") + 4000).toUTCString();
    const { clock, lp } = setup(
      [
        problem(429, {}, { "retry-after": "3" }),
        problem(503, {}, { "retry-after": date }),
        problem(429, {}, { "retry-after": "3600" }),
        json(lead()),
      ],
      { maxRetries: 3 },
    );
    await lp.leads.get("lead_1");
    expect(clock.sleeps).toEqual([3000, 4000, 60_000]);
  });

  it("do not retry 4xx other than 408/429", async () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      const { fetch, lp } = setup([problem(status), json(lead())]);
      await expect(lp.leads.get("lead_1")).rejects.toMatchObject({ status });
      expect(fetch.calls).toHaveLength(1);
    }
  });

  it("retry connection failures and resets", async () => {
    const { fetch, lp } = setup([networkError("ECONNRESET"), networkError("ECONNREFUSED"), json(tag())]);
    await expect(lp.tags.update("tag_hot", { name: "Hot" })).resolves.toMatchObject({ id: "tag_hot" });
    expect(fetch.calls).toHaveLength(3);
  });

  it("throw LeadpingConnectionError with the cause after the last attempt", async () => {
    const { fetch, lp } = setup([networkError("ECONNRESET")]);
    const error = (await lp.leads.get("lead_1").catch((e: unknown) => e)) as LeadpingConnectionError;
    expect(error).toBeInstanceOf(LeadpingConnectionError);
    expect(error).not.toBeInstanceOf(LeadpingTimeoutError);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(error.method).toBe("GET");
    expect(error.path).toBe("/leads/lead_1");
    expect(fetch.calls).toHaveLength(3);
  });

  it("honour per-call maxRetries (0 disables) over the client's", async () => {
    const a = setup([problem(503), json(lead())], { maxRetries: 5 });
    await expect(a.lp.leads.get("lead_1", { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(a.fetch.calls).toHaveLength(1);
    const b = setup([problem(503)], { maxRetries: 0 });
    await expect(b.lp.leads.get("lead_1", { maxRetries: 3 })).rejects.toBeInstanceOf(InternalServerError);
    expect(b.fetch.calls).toHaveLength(4);
  });

  it("treat a maxRetries that is not a number (NaN from an unset env variable) as 0, never as endless", async () => {
    for (const options of [{ maxRetries: Number(undefined) }, {}]) {
      const { fetch, lp } = setup([problem(503), networkError("ECONNRESET"), problem(503), problem(503), json(lead())], {
        maxRetries: Number.NaN,
      });
      await expect(lp.leads.get("lead_1", options)).rejects.toBeInstanceOf(InternalServerError);
      expect(fetch.calls).toHaveLength(1);
    }
  });
});

describe("creates (POST /leads, POST /leads/intake, POST /tags)", () => {
  const creates = [
    ["leads.create", (lp: ReturnType<typeof setup>["lp"]) => lp.leads.create(wholeLead())],
    ["leads.createIntake", (lp: ReturnType<typeof setup>["lp"]) => lp.leads.createIntake({ firstName: "Ada" })],
    ["tags.create", (lp: ReturnType<typeof setup>["lp"]) => lp.tags.create({ name: "Hot" })],
  ] as const;

  it.each(creates)("%s is not retried on 5xx or 408", async (_, run) => {
    for (const status of [408, 500, 502, 503, 504]) {
      const { fetch, lp } = setup([problem(status), json(lead(), 201)]);
      await expect(run(lp)).rejects.toMatchObject({ status });
      expect(fetch.calls).toHaveLength(1);
    }
  });

  it.each(creates)("%s is not retried after a reset or a timeout (the server may have acted)", async (_, run) => {
    const reset = setup([networkError("ECONNRESET"), json(lead(), 201)]);
    await expect(run(reset.lp)).rejects.toBeInstanceOf(LeadpingConnectionError);
    expect(reset.fetch.calls).toHaveLength(1);
    const hang = setup([hangingAnswer, json(lead(), 201)], { timeoutMs: 10 });
    await expect(run(hang.lp)).rejects.toBeInstanceOf(LeadpingTimeoutError);
    expect(hang.fetch.calls).toHaveLength(1);
  });

  it.each(creates)("%s is retried on 429 and on connection refused", async (_, run) => {
    const { fetch, lp } = setup([problem(429, {}, { "retry-after": "1" }), networkError("ECONNREFUSED"), json(lead(), 201)]);
    await expect(run(lp)).resolves.toBeDefined();
    expect(fetch.calls).toHaveLength(3);
  });

  it("raw POST /tags follows the create policy too; raw PUT /tags/{id} does not", async () => {
    const a = setup([problem(503), json(tag(), 201)]);
    const created = await a.lp.raw.POST("/tags", { body: { name: "Hot" } });
    expect(created.response.status).toBe(503);
    expect(created.error).toMatchObject({ status: 503 });
    expect(a.fetch.calls).toHaveLength(1);
    const b = setup([problem(503), json(tag())]);
    const updated = await b.lp.raw.PUT("/tags/{id}", { params: { path: { id: "tag_hot" } }, body: { name: "Hot" } });
    expect(updated.data).toMatchObject({ id: "tag_hot" });
    expect(b.fetch.calls).toHaveLength(2);
  });
});

describe("rate limits", () => {
  it("a final 429 surfaces as RateLimitError with retryAfterMs", async () => {
    const { fetch, lp } = setup([problem(429, {}, { "retry-after": "2" })], { maxRetries: 1 });
    const error = (await lp.leads.get("lead_1").catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(2000);
    expect(fetch.calls).toHaveLength(2);
  });
});
