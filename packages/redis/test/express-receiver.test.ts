// createNodeWebhookHandler in Express 5 apps receiving the local API's real
// deliveries: mounted alone, after express.raw() (the raw bytes verify), and
// after express.json() (a parsed body cannot verify: a clear error, never a
// silently accepted or refused delivery).
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLeadpingClient } from "@leadping/client";
import { type VerifiedWebhook, createNodeWebhookHandler } from "@leadping/client/webhooks";
import { type RunningMockServer, startMockServer } from "@leadping/mock-server";
import express, { type NextFunction, type Request, type Response } from "express";
import { afterEach, expect, test } from "vitest";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const running: { api?: RunningMockServer; server?: Server }[] = [];

afterEach(async () => {
  for (const { api, server } of running.splice(0)) {
    server?.closeAllConnections();
    server?.close();
    await api?.stop();
  }
});

/** An Express app with `parser` (if any) before the webhook handler; the local API delivers one lead.created to it. */
async function deliverTo(parser: express.RequestHandler | undefined) {
  const delivered: VerifiedWebhook[] = [];
  const errors: string[] = [];
  const app = express();
  if (parser) app.use(parser);
  app.post("/webhooks", createNodeWebhookHandler({ secret: SECRET, onDelivery: (delivery) => void delivered.push(delivery) }));
  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
    errors.push(error.message);
    res.status(500).end();
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  const api = await startMockServer({
    webhooks: { endpoints: [{ url, delivery: { mode: "signature", secrets: [SECRET] } }], maxAttempts: 1 },
  });
  running.push({ api, server });
  const lp = createLeadpingClient({ baseUrl: api.url, apiKey: "sk_express", sourceKey: "lp_src_express" });
  const lead = await lp.leads.create({ metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { firstName: "Express" } });
  await api.api.webhooks.settled();
  return { lead, delivered, errors, attempts: api.api.webhooks.attempts() };
}

test("an Express 5 app with no body parser receives the local API's delivery", async () => {
  const { lead, delivered, attempts } = await deliverTo(undefined);
  expect(attempts.map((a) => [a.type, a.status, a.outcome])).toEqual([["lead.created", 204, "delivered"]]);
  expect(delivered.map((d) => [d.id, (d.payload as { data: { id: string } }).data.id])).toEqual([[attempts[0]!.id, lead.id]]);
});

test("after express.raw() the raw bytes verify", async () => {
  const { delivered, attempts } = await deliverTo(express.raw({ type: "*/*" }));
  expect(attempts.map((a) => a.status)).toEqual([204]);
  expect(delivered).toHaveLength(1);
});

test("after express.json() it fails with an error that says how to mount it", async () => {
  const { delivered, errors, attempts } = await deliverTo(express.json());
  expect(attempts.map((a) => a.status)).toEqual([500]);
  expect(delivered).toEqual([]);
  expect(errors).toEqual([expect.stringContaining("express.json()")]);
});
