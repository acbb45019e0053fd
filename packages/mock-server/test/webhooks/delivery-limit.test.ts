// Webhook deliveries are bounded per endpoint: a receiver that never answers
// must not collect one open socket per lead change. Real receivers on 127.0.0.1.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test, vi } from "vitest";
import { type MockWebhookOptions, createMockApi } from "../../src/index.js";
import { ORG_TOKEN, wholeLead } from "../helpers.js";

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

/** A receiver that holds every request open until `release()`; counts requests and open sockets. */
async function holdingReceiver() {
  const held: ServerResponse[] = [];
  let requests = 0;
  let released = false;
  const server = createServer((req, res) => {
    requests++;
    req.resume();
    if (released) res.writeHead(204).end();
    else held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stops.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const openSockets = () => new Promise<number>((resolve, reject) => server.getConnections((e, n) => (e ? reject(e) : resolve(n))));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    requests: () => requests,
    openSockets,
    release: () => {
      released = true;
      for (const res of held.splice(0)) res.writeHead(204).end();
    },
  };
}

function mockSending(webhooks: MockWebhookOptions) {
  const api = createMockApi({ sampleLeads: 1, webhooks });
  stops.push(() => Promise.resolve(api.webhooks.close()));
  const lead = api.store.leads()[0]!;
  const touch = (n: number) =>
    api.fetch(`http://leadping.mock/leads/${lead.id}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${ORG_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify(wholeLead({ contact: { ...lead.contact, lastName: `Update ${n}` } })),
    });
  return { api, touch };
}

describe("webhook delivery limits", () => {
  test("1,500 updates against a receiver that never answers open at most 8 sockets; past 1,000 held, events are dropped and counted", async () => {
    const receiver = await holdingReceiver();
    const { api, touch } = mockSending({ endpoints: [{ url: receiver.url }], timeoutMs: 60_000 });
    for (let n = 0; n < 1500; n++) expect((await touch(n)).status).toBe(200);
    await vi.waitFor(() => expect(receiver.requests()).toBe(8));
    expect(await receiver.openSockets()).toBeLessThanOrEqual(8);
    expect(api.webhooks.stats()).toEqual([{ url: receiver.url, inFlight: 8, pending: 1000, dropped: 500 }]);
  });

  test("waiting deliveries go out in order as slots free, each signed when it is sent", async () => {
    const receiver = await holdingReceiver();
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const { api, touch } = mockSending({
      endpoints: [{ url: receiver.url, delivery: { mode: "signature", secrets: [secret] } }],
      maxInFlightPerEndpoint: 2,
      maxPendingPerEndpoint: 10,
      timeoutMs: 60_000,
    });
    for (let n = 0; n < 12; n++) await touch(n);
    await vi.waitFor(() => expect(receiver.requests()).toBe(2));
    expect(api.webhooks.stats()).toEqual([{ url: receiver.url, inFlight: 2, pending: 10, dropped: 2 }]);
    receiver.release();
    await api.webhooks.settled();
    expect(receiver.requests()).toBe(10);
    const attempts = api.webhooks.attempts();
    expect(attempts.map((a) => a.outcome)).toEqual(Array(10).fill("delivered"));
    // Each was stamped when its slot came, never before an earlier one.
    expect([...attempts.map((a) => a.sentAt)].sort()).toEqual(attempts.map((a) => a.sentAt));
    expect(api.webhooks.stats()).toEqual([{ url: receiver.url, inFlight: 0, pending: 0, dropped: 2 }]);
  });

  test("close() abandons the deliveries waiting for a slot", async () => {
    const receiver = await holdingReceiver();
    const { api, touch } = mockSending({ endpoints: [{ url: receiver.url }], maxInFlightPerEndpoint: 1, timeoutMs: 60_000 });
    for (let n = 0; n < 5; n++) await touch(n);
    await vi.waitFor(() => expect(receiver.requests()).toBe(1));
    api.webhooks.close();
    await api.webhooks.settled();
    expect(receiver.requests()).toBe(1);
    expect(api.webhooks.stats()[0]).toMatchObject({ inFlight: 0, pending: 0 });
  });

  test("the limits must be positive integers", () => {
    expect(() => createMockApi({ webhooks: { maxInFlightPerEndpoint: 0 } })).toThrow(RangeError);
    expect(() => createMockApi({ webhooks: { maxPendingPerEndpoint: 1.5 } })).toThrow(RangeError);
  });
});
