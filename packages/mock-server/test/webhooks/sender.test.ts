// The webhook sender against real receivers on 127.0.0.1: retries that keep the
// webhook-id, rotation with two signatures, the other delivery modes, timeouts.
import { verifyWebhook } from "@leadping/client/webhooks";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { type MockWebhookOptions, createMockApi } from "../../src/index.js";
import { ORG_TOKEN } from "../helpers.js";
import { jumpingClock, startReceiver } from "./receiver.js";

const OLD_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const NEW_SECRET = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";

/** A mock with one sample lead; `touch()` updates it, which is a lead.updated event. */
function mockSending(webhooks: MockWebhookOptions, clock = jumpingClock()) {
  const api = createMockApi({ sampleLeads: 1, clock, webhooks });
  const lead = api.store.leads()[0]!;
  const touch = (enabled = false) =>
    api.fetch(`http://leadping.mock/leads/${lead.id}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${ORG_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ metadata: {}, contact: lead.contact, customer: {}, tagIds: [], tagNames: [], enabled }),
    });
  return { api, lead, touch, clock };
}

describe("webhook sender", () => {
  it("retries a non-2xx answer with backoff, reusing the webhook-id with a fresh timestamp and signature", async () => {
    const receiver = await startReceiver((n) => [500, 503, 204][n] ?? 204);
    const { api, touch, clock } = mockSending({
      endpoints: [{ url: receiver.url, delivery: { mode: "signature", secrets: [OLD_SECRET] } }],
    });
    expect((await touch()).status).toBe(200);
    await api.webhooks.settled();

    expect(receiver.received).toHaveLength(3);
    const [first, second, third] = receiver.received.map((d) => d.headers);
    expect(new Set([first!["webhook-id"], second!["webhook-id"], third!["webhook-id"]]).size).toBe(1);
    expect(new Set([first!["webhook-timestamp"], second!["webhook-timestamp"], third!["webhook-timestamp"]]).size).toBe(3);
    expect(new Set([first!["webhook-signature"], second!["webhook-signature"], third!["webhook-signature"]]).size).toBe(3);
    expect(clock.sleeps).toEqual([1000, 2000]);
    // The last attempt verifies at the time it was sent.
    const last = receiver.received[2]!;
    const delivery = verifyWebhook(last.body, last.headers, OLD_SECRET, { now: clock.nowMs });
    expect(delivery.payload).toMatchObject({ type: "lead.updated", data: { enabled: false } });
    expect(api.webhooks.attempts().map((a) => [a.attempt, a.status, a.outcome])).toEqual([
      [1, 500, "retrying"],
      [2, 503, "retrying"],
      [3, 204, "delivered"],
    ]);
  });

  it("gives up after maxAttempts", async () => {
    const receiver = await startReceiver(() => 500);
    const { api, touch, clock } = mockSending({ endpoints: [{ url: receiver.url }], maxAttempts: 3, retryDelayMs: 10 });
    await touch();
    await api.webhooks.settled();
    expect(receiver.received).toHaveLength(3);
    expect(clock.sleeps).toEqual([10, 20]);
    expect(api.webhooks.attempts().at(-1)?.outcome).toBe("failed");
  });

  it("counts an attempt that gets no answer within timeoutMs as failed, and retries it", async () => {
    const receiver = await startReceiver((n) => (n === 0 ? "hang" : 204));
    const { api, touch } = mockSending({ endpoints: [{ url: receiver.url }], timeoutMs: 200 });
    await touch();
    await api.webhooks.settled();
    expect(receiver.received.map((d) => d.headers["webhook-id"])).toEqual([
      receiver.received[0]!.headers["webhook-id"],
      receiver.received[0]!.headers["webhook-id"],
    ]);
    expect(api.webhooks.attempts().map((a) => [a.outcome, a.error ?? a.status])).toEqual([
      ["retrying", "no answer within 200 ms"],
      ["delivered", 204],
    ]);
  });

  it("retries when the endpoint refuses the connection", async () => {
    const { api, touch } = mockSending({ endpoints: [{ url: "http://127.0.0.1:1/closed" }], maxAttempts: 2 });
    await touch();
    await api.webhooks.settled();
    expect(api.webhooks.attempts().map((a) => [a.outcome, a.status])).toEqual([
      ["retrying", undefined],
      ["failed", undefined],
    ]);
  });

  it("signs with both secrets during rotation, and each secret alone verifies", async () => {
    const receiver = await startReceiver();
    const { api, touch, clock } = mockSending({
      endpoints: [{ url: receiver.url, delivery: { mode: "signature", secrets: [OLD_SECRET, NEW_SECRET] } }],
    });
    await touch();
    await api.webhooks.settled();
    const { headers, body } = receiver.received[0]!;
    expect(String(headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(verifyWebhook(body, headers, OLD_SECRET, { now: clock.nowMs }).id).toBe(headers["webhook-id"]);
    expect(verifyWebhook(body, headers, NEW_SECRET, { now: clock.nowMs }).id).toBe(headers["webhook-id"]);
    // The same signatures the standardwebhooks package makes (the mock signs with node:crypto).
    const sentAt = new Date(Number(headers["webhook-timestamp"]) * 1000);
    const expected = [OLD_SECRET, NEW_SECRET].map((secret) => new Webhook(secret).sign(String(headers["webhook-id"]), sentAt, body));
    expect(String(headers["webhook-signature"]).split(" ")).toEqual(expected);
  });

  it("supports the static bearer, static custom header and none delivery modes (unsigned)", async () => {
    const bearer = await startReceiver();
    const custom = await startReceiver();
    const none = await startReceiver();
    const { api, touch } = mockSending({
      endpoints: [
        { url: bearer.url, delivery: { mode: "bearer", token: "tok_static" } },
        { url: custom.url, delivery: { mode: "header", name: "X-Leadping-Token", value: "hdr_static" } },
        { url: none.url, delivery: { mode: "none" } },
      ],
    });
    await touch();
    await api.webhooks.settled();
    expect(bearer.received[0]!.headers["authorization"]).toBe("Bearer tok_static");
    expect(custom.received[0]!.headers["x-leadping-token"]).toBe("hdr_static");
    for (const receiver of [bearer, custom, none]) {
      const { headers, body } = receiver.received[0]!;
      expect(headers["webhook-signature"]).toBeUndefined();
      expect(headers["webhook-id"]).toMatch(/^msg_[0-9a-f]{32}$/);
      expect(JSON.parse(body)).toMatchObject({ type: "lead.updated" });
    }
    expect(none.received[0]!.headers["authorization"]).toBeUndefined();
  });

  it("sends only the event types an endpoint asked for, and endpoints can be added and removed at run time", async () => {
    const receiver = await startReceiver();
    const { api, touch, lead } = mockSending({});
    await touch();
    api.webhooks.addEndpoint({ url: receiver.url, events: ["lead.archived"] });
    await touch(true);
    await api.fetch(`http://leadping.mock/leads/${lead.id}/archive`, {
      method: "POST",
      headers: { authorization: `Bearer ${ORG_TOKEN}`, "content-type": "application/json" },
      body: "{}",
    });
    api.webhooks.removeEndpoint(receiver.url);
    await api.fetch(`http://leadping.mock/leads/${lead.id}/unarchive`, {
      method: "POST",
      headers: { authorization: `Bearer ${ORG_TOKEN}` },
    });
    await api.webhooks.settled();
    expect(receiver.received.map((d) => JSON.parse(d.body).type)).toEqual(["lead.archived"]);
  });

  it("refuses a malformed secret when the endpoint is configured, without quoting it", () => {
    expect(() =>
      createMockApi({ webhooks: { endpoints: [{ url: "http://127.0.0.1:9/x", delivery: { mode: "signature", secrets: ["hunter2"] } }] } }),
    ).toThrow(/whsec_<base64>/);
    try {
      createMockApi({ webhooks: { endpoints: [{ url: "http://127.0.0.1:9/x", delivery: { mode: "signature", secrets: ["hunter2"] } }] } });
    } catch (error) {
      expect(String(error)).not.toContain("hunter2");
    }
  });
});
