// Issue 20: the local API sends exactly the lead events the contract's `webhooks` declare.
// Every kind of lead change is made over HTTP; each delivered body is validated with Ajv
// against its event's schema in the bundled spec (@leadping/types/openapi.json), and
// every event of the catalog is seen at least once.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadBundledSpec } from "../../src/contract/spec.js";
import { SchemaCompiler } from "../../src/contract/validation.js";
import { clientFor, startStrict, wholeLead } from "../helpers.js";

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

async function startRecorder() {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      bodies.push(Buffer.concat(chunks).toString("utf8"));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies };
}

interface WebhookItem {
  post: { requestBody: { content: { "application/json": { schema: Record<string, unknown> } } } };
}

describe("webhook payloads follow the contract", () => {
  it("every delivered event validates against its schema in spec webhooks, and the whole catalog is sent", async () => {
    const spec = loadBundledSpec() as ReturnType<typeof loadBundledSpec> & { webhooks: Record<string, WebhookItem> };
    const compiler = new SchemaCompiler(spec);
    const checkOf = (type: string) => {
      const item = spec.webhooks[type];
      return item ? compiler.response(item.post.requestBody.content["application/json"].schema) : undefined;
    };
    const recorder = await startRecorder();
    const server = await startStrict({ webhooks: { endpoints: [{ url: recorder.url }] } });
    const lp = clientFor(server);

    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada" }, metadata: { externalId: "crm-1" } }));
    await lp.leads.createIntake({ firstName: "Grace", sellerLeadId: "s-1" });
    await lp.leads.createIntakeFromQuery({ FirstName: "Linus" });
    await lp.leads.modify(lead.id, { contact: { lastName: "Lovelace" } });
    await lp.leads.status.set(lead.id, { type: "disposition", outcome: "contacted" });
    await lp.leads.tags.add(lead.id, { tagIds: [], tagNames: ["vip"], createMissing: true });
    await lp.leads.archive(lead.id, { reason: 2 });
    await lp.leads.unarchive(lead.id);
    await lp.leads.delete(lead.id);
    await server.api.webhooks.settled();

    const events = recorder.bodies.map((body) => JSON.parse(body) as { type: string });
    expect(events.length).toBe(9);
    for (const event of events) {
      const check = checkOf(event.type);
      expect(check, `${event.type} is in the contract's webhooks`).toBeDefined();
      expect(check!(event), event.type).toBeNull();
    }
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(Object.keys(spec.webhooks)));
  });

  it("the schemas can fail: a payload with the wrong type or without data is refused", () => {
    const spec = loadBundledSpec() as ReturnType<typeof loadBundledSpec> & { webhooks: Record<string, WebhookItem> };
    const check = new SchemaCompiler(spec).response(spec.webhooks["lead.created"]!.post.requestBody.content["application/json"].schema);
    expect(check({ type: "lead.updated", timestamp: "2026-04-01T00:00:00Z", data: {} })).not.toBeNull();
    expect(check({ type: "lead.created", timestamp: "2026-04-01T00:00:00Z" })).toEqual({ data: [expect.any(String)] });
  });
});
