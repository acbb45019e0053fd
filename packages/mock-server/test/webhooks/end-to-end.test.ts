// End to end: lead changes made with the real client against the local API over
// HTTP reach a real receiver on 127.0.0.1 that verifies them with @leadping/client/webhooks.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type VerifiedWebhook, type WebhookOutcome, createWebhookHandler } from "@leadping/client/webhooks";
import { afterEach, describe, expect, it } from "vitest";
import { clientFor, startStrict, wholeLead } from "../helpers.js";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

/** A receiver that runs the client's webhook handler behind node:http. */
async function startVerifyingReceiver() {
  const delivered: VerifiedWebhook[] = [];
  const outcomes: WebhookOutcome["kind"][] = [];
  const handler = createWebhookHandler({
    secret: SECRET,
    onDelivery: (d) => void delivered.push(d),
    onOutcome: (o) => void outcomes.push(o.kind),
  });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      void handler(new Request(`http://127.0.0.1${req.url}`, { method: req.method!, headers, body: Buffer.concat(chunks) })).then(
        (answer) => res.writeHead(answer.status).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`, delivered, outcomes };
}

describe("lead events end to end", () => {
  it("every kind of lead change reaches the receiver and verifies", async () => {
    const receiver = await startVerifyingReceiver();
    const server = await startStrict({
      webhooks: { endpoints: [{ url: receiver.url, delivery: { mode: "signature", secrets: [SECRET] } }] },
    });
    const lp = clientFor(server);

    const created = await lp.leads.create(wholeLead({ contact: { firstName: "Ada", lastName: "Lovelace" } }));
    await server.api.webhooks.settled();
    await lp.leads.update(created.id, wholeLead({ contact: { firstName: "Ada", lastName: "King" }, enabled: true }));
    await server.api.webhooks.settled();
    await lp.leads.status.set(created.id, { type: "disposition", outcome: "contacted" });
    await server.api.webhooks.settled();
    await lp.leads.tags.add(created.id, { tagIds: [], tagNames: ["vip"], createMissing: true });
    await server.api.webhooks.settled();
    await lp.leads.archive(created.id, {});
    await server.api.webhooks.settled();
    await lp.leads.unarchive(created.id);
    await server.api.webhooks.settled();
    await lp.leads.delete(created.id);
    await server.api.webhooks.settled();

    expect(receiver.outcomes.every((o) => o === "accepted")).toBe(true);
    const events = receiver.delivered.map((d) => d.payload as { type: string; data: { id: string; contact: { lastName: string } } });
    expect(events.map((e) => e.type)).toEqual([
      "lead.created",
      "lead.updated",
      "lead.status_changed",
      "lead.tags_changed",
      "lead.archived",
      "lead.unarchived",
      "lead.deleted",
    ]);
    expect(events.every((e) => e.data.id === created.id)).toBe(true);
    expect(events[1]!.data.contact.lastName).toBe("King");
    expect(new Set(receiver.delivered.map((d) => d.id)).size).toBe(7);
  });

  it("a change that fails sends nothing", async () => {
    const receiver = await startVerifyingReceiver();
    const server = await startStrict({
      webhooks: { endpoints: [{ url: receiver.url, delivery: { mode: "signature", secrets: [SECRET] } }] },
    });
    const lp = clientFor(server);
    await expect(lp.leads.update("lead_missing", wholeLead({ enabled: true }))).rejects.toThrow();
    await server.api.webhooks.settled();
    expect(receiver.delivered).toEqual([]);
  });
});
