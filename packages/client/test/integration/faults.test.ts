// The fault matrix against a real node:http server on 127.0.0.1: hangs,
// 429 with Retry-After, 503, resets mid-body, broken JSON, text errors, 401.
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  InternalServerError,
  LeadpingApiError,
  LeadpingConnectionError,
  LeadpingError,
  LeadpingTimeoutError,
  createLeadpingClient,
} from "../../src/index.js";
import type { FetchLike, LeadpingClientOptions } from "../../src/index.js";
import { recordingClock } from "../helpers/clock.js";
import { lead, wholeLead } from "../helpers/fixtures.js";
import { closedPort, sendJson, sendProblem, startServer } from "../helpers/server.js";
import type { Handler, TestServer } from "../helpers/server.js";

// Generous per-attempt timeout: long enough for a loaded 2-core machine (turbo runs
// packages in parallel) to deliver and answer a localhost request, so "the server
// received it exactly once" never races the timer.
const TIMEOUT_MS = 2000;

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(handler: Handler, options: LeadpingClientOptions = {}) {
  const server = await startServer(handler);
  servers.push(server);
  const clock = recordingClock();
  const lp = createLeadpingClient({
    apiKey: "sk_org",
    sourceKey: "lp_src",
    baseUrl: server.url,
    clock,
    random: () => 0.5,
    timeoutMs: TIMEOUT_MS,
    ...options,
  });
  return { server, clock, lp };
}

/** Answers each request with the step of the same index (the last step repeats). */
function sequence(...steps: ((res: ServerResponse) => void)[]): Handler {
  return (_req, res, index) => steps[Math.min(index, steps.length - 1)]!(res);
}
const hang = () => undefined;
const ok =
  (body: unknown = lead()) =>
  (res: ServerResponse) =>
    sendJson(res, 200, body);
const status =
  (code: number, headers: Record<string, string> = {}) =>
  (res: ServerResponse) =>
    sendProblem(res, code, headers);
const resetMidBody = (res: ServerResponse) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": "4096" });
  res.write('{"id":"lead_1","createdAt":"2026-');
  setTimeout(() => res.socket?.destroy(), 20);
};

describe("hang until aborted", () => {
  it("times out, then the retry succeeds", async () => {
    const { server, lp } = await setup(sequence(hang, ok()));
    await expect(lp.leads.get("lead_1")).resolves.toEqual(lead());
    expect(server.requests).toHaveLength(2);
  });

  it("every attempt hanging ends in LeadpingTimeoutError after maxRetries + 1 attempts", async () => {
    const { server, clock, lp } = await setup(sequence(hang), { maxRetries: 1 });
    const error = await lp.leads.get("lead_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingTimeoutError);
    expect(error).toBeInstanceOf(LeadpingConnectionError);
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([250]);
  });

  it("POST /leads is sent exactly once under a timeout", async () => {
    const { server, lp } = await setup(sequence(hang, ok()));
    await expect(
      lp.leads.create(wholeLead({ metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { firstName: "Ada" } })),
    ).rejects.toBeInstanceOf(LeadpingTimeoutError);
    expect(server.requests.filter((r) => r.method === "POST" && r.url === "/leads")).toHaveLength(1);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      metadata: {},
      customer: {},
      tagIds: [],
      tagNames: [],
      contact: { firstName: "Ada" },
    });
  });
});

describe("429 with Retry-After", () => {
  it("waits the given seconds", async () => {
    const { server, clock, lp } = await setup(sequence(status(429, { "retry-after": "2" }), ok()));
    await expect(lp.leads.get("lead_1")).resolves.toEqual(lead());
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([2000]);
  });

  it("waits until the given HTTP date", async () => {
    const clockNow = recordingClock().now();
    const date = new Date(clockNow + 5000).toUTCString();
    const { server, clock, lp } = await setup(sequence(status(429, { "retry-after": date }), ok()));
    await expect(lp.leads.update("lead_1", wholeLead())).resolves.toEqual(lead());
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([5000]);
  });

  it("retries a create on 429 (the server refused to act)", async () => {
    const { server, lp } = await setup(sequence(status(429, { "retry-after": "1" }), (res) => sendJson(res, 201, lead())));
    await expect(lp.leads.create(wholeLead())).resolves.toEqual(lead());
    expect(server.requests).toHaveLength(2);
  });
});

describe("503", () => {
  it("then success: one backoff step", async () => {
    const { server, clock, lp } = await setup(sequence(status(503), ok()));
    await expect(lp.leads.get("lead_1")).resolves.toEqual(lead());
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([250]);
  });

  it("POST /leads is sent exactly once and the 503 surfaces", async () => {
    const { server, clock, lp } = await setup(sequence(status(503), ok()));
    await expect(
      lp.leads.create(wholeLead({ metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { lastName: "Hopper" } })),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests.filter((r) => r.method === "POST" && r.url === "/leads")).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe("connection reset mid-body", () => {
  it("an idempotent read is retried", async () => {
    const { server, lp } = await setup(sequence(resetMidBody, ok()));
    await expect(lp.leads.get("lead_1")).resolves.toEqual(lead());
    expect(server.requests).toHaveLength(2);
  });

  it("a create is not retried and surfaces LeadpingConnectionError", async () => {
    const { server, lp } = await setup(sequence(resetMidBody, ok()));
    const error = await lp.leads.createIntake({ firstName: "Ada" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingConnectionError);
    expect(error).not.toBeInstanceOf(LeadpingTimeoutError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("bodies", () => {
  it("broken JSON on 200 names the operation and is not retried", async () => {
    const { server, lp } = await setup(
      sequence((res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"id": "lead_1", ');
      }),
    );
    const error = (await lp.leads.get("lead_1").catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(LeadpingError);
    expect(error.message).toMatch(/GET \/leads\/\{id\} answered 200 with invalid JSON \(\/leads\/lead_1\)/);
    expect(server.requests).toHaveLength(1);
  });

  it("a text/plain 500 is retried, then kept as text", async () => {
    const { server, clock, lp } = await setup(
      sequence((res) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end("database on fire");
      }),
    );
    const error = (await lp.leads.get("lead_1").catch((e: unknown) => e)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe("database on fire");
    expect(error.problem).toBeUndefined();
    expect(server.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([250, 500]);
  });

  it("401 with WWW-Authenticate is not retried", async () => {
    const { server, lp } = await setup(sequence(status(401, { "www-authenticate": 'Bearer realm="leadping", error="invalid_token"' })));
    const error = (await lp.leads.get("lead_1").catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toBeInstanceOf(LeadpingApiError);
    expect(error.status).toBe(401);
    expect(error.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect(server.requests).toHaveLength(1);
  });
});

describe("connection refused", () => {
  it("even a create is retried: the request provably never reached a server", async () => {
    const url = await closedPort();
    let attempts = 0;
    const counting: FetchLike = (input, init) => {
      attempts++;
      return fetch(input, init);
    };
    const clock = recordingClock();
    const lp = createLeadpingClient({ sourceKey: "lp_src", baseUrl: url, fetch: counting, clock, random: () => 0.5 });
    const error = (await lp.leads.create(wholeLead()).catch((e: unknown) => e)) as LeadpingConnectionError;
    expect(error).toBeInstanceOf(LeadpingConnectionError);
    expect(error.method).toBe("POST");
    expect(error.path).toBe("/leads");
    expect(attempts).toBe(3);
    expect(clock.sleeps).toEqual([250, 500]);
  });
});

describe("through middleware (openapi-fetch path)", () => {
  it("the same faults behave the same way", async () => {
    const { server, lp } = await setup(sequence(hang, status(503), resetMidBody, ok()), {
      middleware: [{ onRequest: () => undefined }],
      maxRetries: 3,
    });
    await expect(lp.leads.get("lead_1")).resolves.toEqual(lead());
    expect(server.requests).toHaveLength(4);
  });
});

describe("a refused connection", () => {
  it("fails with LeadpingConnectionError naming the system error code and the host, without credentials", async () => {
    const url = await closedPort();
    const lp = createLeadpingClient({ apiKey: "sk_live_refused_123456", baseUrl: url, maxRetries: 0 });
    const error = (await lp.leads.get("lead_1").catch((e: unknown) => e)) as LeadpingConnectionError;
    expect(error).toBeInstanceOf(LeadpingConnectionError);
    expect(error).toBeInstanceOf(LeadpingError);
    expect(error.code).toBe("ECONNREFUSED");
    expect(error.message).toBe(`GET /leads/lead_1 to ${new URL(url).host} failed: ECONNREFUSED.`);
    expect(JSON.stringify(error) + String(error)).not.toContain("sk_live_refused_123456");
  });
});
