// createWebhookHandler behind a real HTTP server on 127.0.0.1: verify, deduplicate,
// call the function, and answer 2xx only after it accepted.
import { afterEach, describe, expect, it } from "vitest";
import {
  type SeenWebhookStore,
  type VerifiedWebhook,
  type WebhookHandlerOptions,
  type WebhookOutcome,
  createMemorySeenStore,
  createWebhookHandler,
} from "../../src/webhooks/index.js";
import { type TestServer, startServer } from "../helpers/server.js";
import { NOW_MS, SECRET, signedHeaders } from "./signing.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves a webhook handler; returns its URL and what reached the function and `onOutcome`. */
async function serveHandler(options: Partial<WebhookHandlerOptions> = {}) {
  const delivered: VerifiedWebhook[] = [];
  const outcomes: WebhookOutcome["kind"][] = [];
  const handler = createWebhookHandler({
    secret: SECRET,
    now: () => NOW_MS,
    onDelivery: (delivery) => void delivered.push(delivery),
    onOutcome: (outcome) => void outcomes.push(outcome.kind),
    ...options,
  });
  server = await startServer(async (request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
    const init: RequestInit = { method: request.method, headers, ...(request.method === "POST" ? { body: request.body } : {}) };
    const answer = await handler(new Request(`http://127.0.0.1${request.url}`, init));
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(await answer.text());
  });
  return { url: `${server.url}/webhooks/leadping`, delivered, outcomes };
}

const body = JSON.stringify({ type: "lead.created", timestamp: "2026-01-15T12:00:00.000Z", data: { id: "lead_9" } });
const post = (url: string, headers: Record<string, string>, text = body) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: text });

describe("createWebhookHandler", () => {
  it("answers 204 after the function accepted a genuine delivery", async () => {
    const { url, delivered, outcomes } = await serveHandler();
    const response = await post(url, signedHeaders(body, { id: "msg_1" }));
    expect(response.status).toBe(204);
    expect(delivered.map((d) => [d.id, d.payload])).toEqual([["msg_1", JSON.parse(body)]]);
    expect(outcomes).toEqual(["accepted"]);
  });

  it("handles a duplicate delivery once: a retry with the same webhook-id and a fresh signature is not processed again", async () => {
    const { url, delivered, outcomes } = await serveHandler();
    const seconds = Math.floor(NOW_MS / 1000);
    expect((await post(url, signedHeaders(body, { id: "msg_dup", timestampSeconds: seconds - 30 }))).status).toBe(204);
    expect((await post(url, signedHeaders(body, { id: "msg_dup", timestampSeconds: seconds }))).status).toBe(204);
    expect((await post(url, signedHeaders(body, { id: "msg_other" }))).status).toBe(204);
    expect(delivered.map((d) => d.id)).toEqual(["msg_dup", "msg_other"]);
    expect(outcomes).toEqual(["accepted", "duplicate", "accepted"]);
  });

  it("answers 401 without calling the function for a wrong signature, a stale or a future timestamp", async () => {
    const { url, delivered, outcomes } = await serveHandler();
    const seconds = Math.floor(NOW_MS / 1000);
    const tampered = await post(url, signedHeaders(body), body.replace("lead_9", "lead_8"));
    const stale = await post(url, signedHeaders(body, { timestampSeconds: seconds - 600 }));
    const future = await post(url, signedHeaders(body, { timestampSeconds: seconds + 600 }));
    expect([tampered.status, stale.status, future.status]).toEqual([401, 401, 401]);
    expect(await tampered.json()).toEqual({ error: "no-matching-signature" });
    expect(await stale.json()).toEqual({ error: "timestamp-too-old" });
    expect(await future.json()).toEqual({ error: "timestamp-in-future" });
    expect(delivered).toEqual([]);
    expect(outcomes).toEqual(["rejected", "rejected", "rejected"]);
  });

  it("answers 400 without calling the function when a header is missing, and 405 to other methods", async () => {
    const { url, delivered } = await serveHandler();
    const { "webhook-signature": _dropped, ...unsigned } = signedHeaders(body);
    const missing = await post(url, unsigned);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: "missing-header" });
    const get = await fetch(url);
    expect([get.status, get.headers.get("allow")]).toEqual([405, "POST"]);
    expect(delivered).toEqual([]);
  });

  it("answers 500 when the function throws, and handles Leadping's retry of that id", async () => {
    let failNext = true;
    const { url, outcomes } = await serveHandler({
      onDelivery: () => {
        if (failNext) {
          failNext = false;
          throw new Error("database down");
        }
      },
    });
    const first = await post(url, signedHeaders(body, { id: "msg_retry" }));
    expect(first.status).toBe(500);
    expect(await first.text()).not.toContain("database");
    expect((await post(url, signedHeaders(body, { id: "msg_retry" }))).status).toBe(204);
    expect(outcomes).toEqual(["failed", "accepted"]);
  });

  it("consults a shared store, so a retry that another instance handled is a duplicate here", async () => {
    const shared = createMemorySeenStore();
    const calls: string[] = [];
    const store: SeenWebhookStore = {
      seen: async (id) => {
        calls.push(`seen ${id}`);
        return shared.seen(id);
      },
      forget: (id) => void calls.push(`forget ${id}`),
    };
    await shared.seen("msg_elsewhere");
    const { url, delivered, outcomes } = await serveHandler({ store });
    expect((await post(url, signedHeaders(body, { id: "msg_elsewhere" }))).status).toBe(204);
    expect(delivered).toEqual([]);
    expect(outcomes).toEqual(["duplicate"]);
    expect(calls).toEqual(["seen msg_elsewhere"]);
  });

  it("refuses a malformed secret when created, not on the first delivery", () => {
    expect(() => createWebhookHandler({ secret: "whsec_short", onDelivery: () => undefined })).toThrow(/malformed/);
  });
});

describe("createWebhookHandler while a delivery is being processed", () => {
  /** Serves a handler whose onDelivery waits until the test settles it, so a retry can arrive meanwhile. */
  async function serveSlowHandler() {
    const running: { id: string; settle: (ok: boolean) => void }[] = [];
    let onStart = () => undefined as void;
    const served = await serveHandler({
      onDelivery: (delivery) =>
        new Promise<void>((resolve, reject) => {
          running.push({ id: delivery.id, settle: (ok) => (ok ? resolve() : reject(new Error("processing failed"))) });
          onStart();
        }),
    });
    /** The next delivery to reach onDelivery (waits until one does). */
    const nextRunning = async () => {
      if (running.length === 0) await new Promise<void>((resolve) => (onStart = resolve));
      return running.shift()!;
    };
    return { ...served, nextRunning };
  }

  it("answers a retry that arrives during the first attempt with 409, not 204, so a failed first attempt is retried", async () => {
    const { url, outcomes, nextRunning } = await serveSlowHandler();
    const first = post(url, signedHeaders(body, { id: "msg_slow" }));
    const firstRun = await nextRunning();
    expect((await post(url, signedHeaders(body, { id: "msg_slow" }))).status).toBe(409);
    firstRun.settle(false);
    expect((await first).status).toBe(500);
    // The failed id was forgotten and is no longer in flight: the next retry is processed.
    const again = post(url, signedHeaders(body, { id: "msg_slow" }));
    (await nextRunning()).settle(true);
    expect((await again).status).toBe(204);
    // Once accepted, a retry is a plain duplicate again.
    expect((await post(url, signedHeaders(body, { id: "msg_slow" }))).status).toBe(204);
    expect(outcomes).toEqual(["rejected", "failed", "accepted", "duplicate"]);
  });
});

describe("createMemorySeenStore", () => {
  it("forgets the oldest ids beyond maxIds once they are older than retainSeconds", () => {
    let t = 0;
    const store = createMemorySeenStore({ maxIds: 2, retainSeconds: 10, now: () => t });
    expect([store.seen("a"), store.seen("b"), store.seen("a")]).toEqual([false, false, true]);
    // Within the retention nothing is dropped, whatever maxIds says.
    expect(store.seen("c")).toBe(false);
    expect([store.seen("a"), store.seen("b"), store.seen("c")]).toEqual([true, true, true]);
    t = 11_000;
    expect(store.seen("d")).toBe(false);
    // The two oldest went; c stays within maxIds.
    expect([store.seen("c"), store.seen("d"), store.seen("a")]).toEqual([true, true, false]);
  });
});
