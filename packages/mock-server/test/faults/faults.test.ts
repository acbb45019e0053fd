// Faults on demand: latency, 429 with Retry-After, 5xx at a rate, dropped connections; seeded.
import { RateLimitError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { type FaultRule, createMockApi } from "../../src/index.js";
import { ORG_TOKEN, call, clientFor, expectProblem, startStrict, steppingClock } from "../helpers.js";

const auth = { authorization: `Bearer ${ORG_TOKEN}` };

async function statuses(fetchFn: typeof fetch, base: string, n: number, path = "/tags"): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await fetchFn(base + path, { headers: auth })).status);
  return out;
}

describe("fault injection", () => {
  test("latency is added per matching route through the clock (global latencyMs adds to it)", async () => {
    const clock = steppingClock();
    const { url } = await startStrict({ clock, latencyMs: 5, faults: [{ kind: "latency", route: "GET /tags", latencyMs: 250 }] });
    await call(url, "GET", "/tags");
    await call(url, "POST", "/tags", { body: JSON.stringify({ name: "x" }) });
    expect(clock.sleeps).toEqual([255, 5]);
  });

  test("429 carries Retry-After and a problem document; `times` limits it so a retrying client gets through", async () => {
    const server = await startStrict({
      faults: [{ kind: "rate-limit", route: "Tags_GetAllForCurrentOrganization", retryAfterSeconds: 7, times: 2 }],
    });
    const first = await call(server.url, "GET", "/tags");
    expectProblem(first, 429);
    expect(first.headers.get("retry-after")).toBe("7");
    const error = await clientFor(server)
      .tags.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(7000);
    expect((await call(server.url, "GET", "/tags")).status).toBe(200);
  });

  test("a client with retries rides out injected 503s", async () => {
    const server = await startStrict({ faults: [{ kind: "server-error", status: 503, retryAfterSeconds: 0, times: 2 }] });
    const slept: number[] = [];
    const clock = { now: () => 0, sleep: (ms: number) => (slept.push(ms), Promise.resolve()) };
    const tags = await clientFor(server, { maxRetries: 3, clock }).tags.list();
    expect(tags).toEqual([]);
    expect(slept).toHaveLength(2);
  });

  test("5xx at a rate hits roughly that share of requests, the same ones for the same seed", async () => {
    const faults: FaultRule[] = [{ kind: "server-error", status: 502, rate: 0.3, route: "/tags" }];
    const a = await startStrict({ seed: 1, faults });
    const b = await startStrict({ seed: 1, faults });
    const c = await startStrict({ seed: 2, faults });
    const runA = await statuses(fetch, a.url, 200);
    expect(await statuses(fetch, b.url, 200)).toEqual(runA);
    expect(await statuses(fetch, c.url, 200)).not.toEqual(runA);
    const failures = runA.filter((s) => s === 502).length;
    expect(failures).toBeGreaterThan(30);
    expect(failures).toBeLessThan(90);
    expect(new Set(runA)).toEqual(new Set([200, 502]));
    a.api.reset();
    expect(await statuses(fetch, a.url, 200)).toEqual(runA);
  });

  test("rules match only their route", async () => {
    const { url } = await startStrict({
      faults: [
        { kind: "server-error", route: "PUT /tags/{id}" },
        { kind: "rate-limit", route: "Leads_Delete" },
      ],
    });
    expect((await call(url, "GET", "/tags")).status).toBe(200);
    expectProblem(await call(url, "PUT", "/tags/x", { body: "{}" }), 500);
    expectProblem(await call(url, "DELETE", "/leads/x"), 429);
    expectProblem(await call(url, "GET", "/leads/x"), 404);
  });

  test("a dropped connection makes fetch fail over HTTP, and the server keeps serving", async () => {
    const server = await startStrict({ faults: [{ kind: "drop", route: "GET /leads/{id}", times: 1 }] });
    await expect(fetch(`${server.url}/leads/x`, { headers: auth })).rejects.toThrow(TypeError);
    expect((await call(server.url, "GET", "/leads/x")).status).toBe(404);
  });

  test("in process, a dropped connection rejects with a TypeError like a network failure", async () => {
    const api = createMockApi({ strict: true, faults: [{ kind: "drop", rate: 1 }] });
    const error = await api.fetch("http://leadping.mock/tags", { headers: auth }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe("fetch failed");
    api.setFaults([]);
    expect((await api.fetch("http://leadping.mock/tags", { headers: auth })).status).toBe(200);
  });

  test("aborting during injected latency rejects the in-process fetch with the abort reason", async () => {
    const api = createMockApi({ faults: [{ kind: "latency", latencyMs: 600_000 }] });
    const controller = new AbortController();
    const pending = api.fetch("http://leadping.mock/tags", { headers: auth, signal: controller.signal });
    controller.abort(new Error("caller gave up"));
    await expect(pending).rejects.toThrow("caller gave up");
  });

  test("invalid rules are refused up front", () => {
    expect(() => createMockApi({ faults: [{ kind: "server-error", rate: 2 }] })).toThrow(RangeError);
    expect(() => createMockApi({ faults: [{ kind: "latency", latencyMs: -1 }] })).toThrow(RangeError);
    expect(() => createMockApi({ faults: [{ kind: "explode" } as never] })).toThrow(RangeError);
  });

  test("rules that would send a contract-violating answer are refused (Retry-After is a whole number of seconds >= 0; the status a 5xx)", () => {
    expect(() => createMockApi({ faults: [{ kind: "rate-limit", retryAfterSeconds: 1.5 }] })).toThrow(RangeError);
    expect(() => createMockApi({ faults: [{ kind: "rate-limit", retryAfterSeconds: -1 }] })).toThrow(RangeError);
    expect(() => createMockApi({ faults: [{ kind: "server-error", status: 503, retryAfterSeconds: 0.5 }] })).toThrow(RangeError);
    expect(() => createMockApi({ faults: [{ kind: "server-error", status: 200 as never }] })).toThrow(RangeError);
    expect(() =>
      createMockApi({
        faults: [
          { kind: "rate-limit", retryAfterSeconds: 0 },
          { kind: "server-error", status: 504, retryAfterSeconds: 3 },
        ],
      }),
    ).not.toThrow();
  });
});
