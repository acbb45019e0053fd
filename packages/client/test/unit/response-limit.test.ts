// maxResponseBytes at its edges, with bodies built in memory: exactly the
// limit passes, one byte more fails, a Content-Length over it fails unread.
import { describe, expect, it } from "vitest";
import { LeadpingError, LeadpingResponseTooLargeError, createLeadpingClient } from "../../src/index.js";
import type { Middleware } from "../../src/index.js";
import { scriptedFetch } from "../helpers/fake-fetch.js";

const baseUrl = "http://api.test";
const LIMIT = 64;

/** A JSON string body of exactly `bytes` bytes, delivered in chunks of `chunk` bytes. */
function body(bytes: number, chunk = 10): ReadableStream<Uint8Array> {
  const text = new TextEncoder().encode(JSON.stringify("x".repeat(bytes - 2)));
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      controller.enqueue(text.slice(offset, offset + chunk));
      offset += chunk;
      if (offset >= text.length) controller.close();
    },
  });
}

/** A body that counts what was pulled from it and whether it was cancelled. */
function watchedBody() {
  const watch = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        watch.pulls++;
        controller.enqueue(new Uint8Array(1024));
      },
      cancel() {
        watch.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { watch, stream };
}

const modes = [
  { mode: "resources", middleware: [] as Middleware[] },
  { mode: "resources with middleware", middleware: [{ onRequest: () => undefined }] as Middleware[] },
];

describe.each(modes)("maxResponseBytes ($mode)", ({ middleware }) => {
  // Not scriptedFetch: it answers with clones, and a clone's body is a tee that cancelling does not reach.
  const client = (answer: () => Response, maxResponseBytes = LIMIT) => {
    const fetch = Object.assign(() => (fetch.calls++, Promise.resolve(answer())), { calls: 0 });
    return { fetch, lp: createLeadpingClient({ apiKey: "sk", baseUrl, fetch, middleware, maxResponseBytes, maxRetries: 2 }) };
  };

  it("a streamed body of exactly the limit is read", async () => {
    const { lp } = client(() => new Response(body(LIMIT), { status: 200 }));
    await expect(lp.leads.get("lead_1")).resolves.toBe("x".repeat(LIMIT - 2));
  });

  it("one byte more fails with LeadpingResponseTooLargeError, and is not retried", async () => {
    const { fetch, lp } = client(() => new Response(body(LIMIT + 1), { status: 200 }));
    const error = await lp.leads.get("lead_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingResponseTooLargeError);
    expect(error).toBeInstanceOf(LeadpingError);
    expect(error).toMatchObject({ method: "GET", path: "/leads/lead_1", status: 200, maxResponseBytes: LIMIT });
    expect((error as Error).message).toMatch(/more than 64 bytes/);
    expect(fetch.calls).toBe(1);
  });

  it("an error body over the limit fails the same way", async () => {
    const { lp } = client(() => new Response(body(LIMIT * 2), { status: 500 }));
    await expect(lp.leads.get("lead_1")).rejects.toMatchObject({ name: "LeadpingResponseTooLargeError", status: 500 });
  });

  it("a Content-Length over the limit fails before reading, and the body is cancelled", async () => {
    const { watch, stream } = watchedBody();
    const { lp } = client(() => new Response(stream, { status: 200, headers: { "content-length": String(LIMIT + 1) } }));
    await expect(lp.leads.get("lead_1")).rejects.toBeInstanceOf(LeadpingResponseTooLargeError);
    expect(watch.pulls).toBe(0);
    expect(watch.cancelled).toBe(true);
  });

  it("an endless body is cancelled once over the limit", async () => {
    const { watch, stream } = watchedBody();
    const { lp } = client(() => new Response(stream, { status: 200 }), 10_000);
    await expect(lp.leads.get("lead_1")).rejects.toBeInstanceOf(LeadpingResponseTooLargeError);
    expect(watch.cancelled).toBe(true);
    expect(watch.pulls).toBeLessThanOrEqual(11);
  });

  it("a per-call maxResponseBytes overrides the client's", async () => {
    const { lp } = client(() => new Response(body(LIMIT * 2), { status: 200 }));
    await expect(lp.leads.get("lead_1", { maxResponseBytes: LIMIT * 2 })).resolves.toHaveLength(LIMIT * 2 - 2);
    await expect(lp.leads.get("lead_1", { maxResponseBytes: LIMIT * 2 - 1 })).rejects.toBeInstanceOf(LeadpingResponseTooLargeError);
  });
});

describe.each(modes)("maxResponseBytes on lp.raw ($mode)", ({ middleware }) => {
  it("limits 2xx and error bodies alike", async () => {
    for (const status of [200, 404]) {
      const lp = createLeadpingClient({
        apiKey: "sk",
        baseUrl,
        fetch: scriptedFetch(() => new Response(body(LIMIT + 1), { status })),
        middleware,
        maxResponseBytes: LIMIT,
      });
      await expect(lp.raw.GET("/leads/{id}", { params: { path: { id: "lead_1" } } })).rejects.toMatchObject({
        name: "LeadpingResponseTooLargeError",
        status,
      });
      const fits = createLeadpingClient({
        apiKey: "sk",
        baseUrl,
        fetch: scriptedFetch(() => new Response(body(LIMIT), { status })),
        middleware,
        maxResponseBytes: LIMIT,
      });
      const { response } = await fits.raw.GET("/leads/{id}", { params: { path: { id: "lead_1" } } });
      expect(response.status).toBe(status);
    }
  });
});

describe("the default", () => {
  it("is 32 MiB", async () => {
    const over = () => new Response(new ReadableStream(), { status: 200, headers: { "content-length": String(32 * 1024 * 1024 + 1) } });
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch: scriptedFetch(over) });
    await expect(lp.leads.get("lead_1")).rejects.toMatchObject({ maxResponseBytes: 32 * 1024 * 1024 });
  });

  it.each([Number.NaN, -1])("a maxResponseBytes of %s falls back to it rather than disabling the limit", async (maxResponseBytes) => {
    const over = () => new Response(new ReadableStream(), { status: 200, headers: { "content-length": String(32 * 1024 * 1024 + 1) } });
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch: scriptedFetch(over), maxResponseBytes });
    await expect(lp.leads.get("lead_1")).rejects.toMatchObject({ maxResponseBytes: 32 * 1024 * 1024 });
  });
});

describe("responses without a body", () => {
  // Content-Length on these describes the body a GET would have had (HEAD) or is meaningless (204/205/304).
  const declaringHuge = (status: number) => () => new Response(null, { status, headers: { "content-length": "100000000" } });

  it("a HEAD answer declaring a huge Content-Length is not too large: there is no body to read", async () => {
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch: scriptedFetch(declaringHuge(200)), maxResponseBytes: LIMIT });
    // The contract declares no HEAD operation, so raw.HEAD is untyped for every path.
    const head = lp.raw.HEAD as unknown as (path: string, init: object) => Promise<{ response: Response }>;
    const { response } = await head("/leads/{id}", { params: { path: { id: "lead_1" } } });
    expect(response.status).toBe(200);
  });

  it.each([204, 205, 304])("a %s answer declaring a huge Content-Length is not too large", async (status) => {
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch: scriptedFetch(declaringHuge(status)), maxResponseBytes: LIMIT });
    // As text: openapi-fetch would parse a 205 as JSON (it skips only 204, HEAD and Content-Length 0).
    const { response } = await lp.raw.GET("/leads/{id}", { params: { path: { id: "lead_1" } }, parseAs: "text" });
    expect(response.status).toBe(status);
  });
});
