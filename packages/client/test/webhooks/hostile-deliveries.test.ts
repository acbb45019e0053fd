// createWebhookHandler against hostile senders (issue 21, items 3 and 8): an
// unsigned flood is refused before its body is read, a signed body over the
// limit is refused while it streams, a replay is refused however many
// deliveries came between, and a failure the store cannot forget still gets 500.
import { describe, expect, it } from "vitest";
import { type SeenWebhookStore, type WebhookOutcome, createMemorySeenStore, createWebhookHandler } from "../../src/webhooks/index.js";
import { NOW_MS, SECRET, signedHeaders } from "./signing.js";

const body = JSON.stringify({ type: "lead.updated", timestamp: "2026-01-15T12:00:00.000Z", data: { id: "lead_7" } });

/** An endless body (1 MiB of spaces per pull) that counts what was pulled from it and whether it was cancelled. */
function endlessBody() {
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        seen.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

const post = (headers: Record<string, string>, body: BodyInit) =>
  new Request("http://127.0.0.1/webhooks", { method: "POST", headers, body, duplex: "half" } as RequestInit);

describe("createWebhookHandler body limit", () => {
  const outcomes: WebhookOutcome[] = [];
  const handler = createWebhookHandler({
    secret: SECRET,
    now: () => NOW_MS,
    maxBodyBytes: 4 * 1024 * 1024,
    onDelivery: () => undefined,
    onOutcome: (outcome) => void outcomes.push(outcome),
  });

  it("refuses a POST without webhook headers before reading a byte of its body", async () => {
    const { stream, seen } = endlessBody();
    const response = await handler(post({ "content-type": "application/json" }, stream));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "missing-header" });
    expect(seen.pulled).toBe(0);
  });

  it("refuses a stale or malformed timestamp before reading the body", async () => {
    for (const headers of [
      signedHeaders(body, { timestampSeconds: Math.floor(NOW_MS / 1000) - 3600 }),
      { ...signedHeaders(body), "webhook-timestamp": "soon" },
    ]) {
      const { stream, seen } = endlessBody();
      expect((await handler(post(headers, stream))).status).toBeGreaterThanOrEqual(400);
      expect(seen.pulled).toBe(0);
    }
  });

  it("refuses a signed body over maxBodyBytes with 413 while it streams, and cancels the stream", async () => {
    const { stream, seen } = endlessBody();
    const response = await handler(post(signedHeaders(body), stream));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "body-too-large" });
    // It stopped at the first chunk past the limit: the endless body ended only because it was cancelled.
    expect(seen.pulled).toBe(5 * 1024 * 1024);
    expect(seen.cancelled).toBe(true);
    expect(outcomes.at(-1)).toMatchObject({ kind: "rejected", status: 413 });
  });

  it("refuses a declared Content-Length over the limit without reading, and accepts a body at the limit", async () => {
    const { stream, seen } = endlessBody();
    const response = await handler(post({ ...signedHeaders(body), "content-length": String(4 * 1024 * 1024 + 1) }, stream));
    expect(response.status).toBe(413);
    expect(seen.pulled).toBe(0);
    const padded = body + " ".repeat(4 * 1024 * 1024 - body.length);
    expect((await handler(post(signedHeaders(padded), padded))).status).toBe(204);
  });

  it("defaults to 1 MiB", async () => {
    const small = createWebhookHandler({ secret: SECRET, now: () => NOW_MS, onDelivery: () => undefined });
    const atLimit = body + " ".repeat(1024 * 1024 - body.length);
    expect((await small(post(signedHeaders(atLimit), atLimit))).status).toBe(204);
    const over = `${atLimit} `;
    expect((await small(post(signedHeaders(over, { id: "msg_over" }), over))).status).toBe(413);
  });
});

describe("createWebhookHandler deduplication", () => {
  it("refuses a captured delivery replayed after 100 others within the tolerance, even with maxIds: 100", async () => {
    let t = NOW_MS;
    const processed: string[] = [];
    const handler = createWebhookHandler({
      secret: SECRET,
      now: () => t,
      store: createMemorySeenStore({ maxIds: 100, now: () => t }),
      onDelivery: ({ id }) => void processed.push(id),
    });
    const seconds = Math.floor(NOW_MS / 1000);
    const captured = signedHeaders(body, { id: "msg_captured", timestampSeconds: seconds });
    expect((await handler(post(captured, body))).status).toBe(204);
    for (let i = 0; i < 100; i++) {
      t += 1000;
      const headers = signedHeaders(body, { id: `msg_${i}`, timestampSeconds: Math.floor(t / 1000) });
      expect((await handler(post(headers, body))).status).toBe(204);
    }
    // 100 s later the captured timestamp is still fresh (300 s tolerance): the replay must be a duplicate.
    expect((await handler(post(captured, body))).status).toBe(204);
    expect(processed.filter((id) => id === "msg_captured")).toHaveLength(1);
    expect(processed).toHaveLength(101);
    // Once it is older than the tolerance the freshness check refuses it.
    t = NOW_MS + 301_000;
    expect((await handler(post(captured, body))).status).toBe(401);
  });

  it("answers 500 when the function and the store's forget both throw, and processes the retry", async () => {
    const shared = createMemorySeenStore();
    const store: SeenWebhookStore = {
      seen: (id) => shared.seen(id),
      forget: () => {
        throw new Error("store unreachable");
      },
    };
    let attempts = 0;
    const outcomes: string[] = [];
    const handler = createWebhookHandler({
      secret: SECRET,
      now: () => NOW_MS,
      store,
      onDelivery: () => {
        attempts++;
        if (attempts === 1) throw new Error("database down");
      },
      onOutcome: (outcome) => void outcomes.push(outcome.kind),
    });
    const headers = signedHeaders(body, { id: "msg_unforgettable" });
    expect((await handler(post(headers, body))).status).toBe(500);
    // The store still holds the id, but it was never processed: the retry is.
    expect((await handler(post(headers, body))).status).toBe(204);
    expect(attempts).toBe(2);
    // Processed once it succeeded: a further retry is a plain duplicate.
    expect((await handler(post(headers, body))).status).toBe(204);
    expect(attempts).toBe(2);
    expect(outcomes).toEqual(["failed", "accepted", "duplicate"]);
  });

  it("answers 500 without calling the function when the store's seen throws", async () => {
    let called = false;
    const handler = createWebhookHandler({
      secret: SECRET,
      now: () => NOW_MS,
      store: {
        seen: () => Promise.reject(new Error("store unreachable")),
        forget: () => undefined,
      },
      onDelivery: () => void (called = true),
    });
    expect((await handler(post(signedHeaders(body), body))).status).toBe(500);
    expect(called).toBe(false);
  });
});
