// createMockApi().fetch: the mock as a fetch function, handed straight to the client.
import { createLeadpingClient, NotFoundError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { MAX_BODY_BYTES, createMockApi, startMockServer } from "../../src/index.js";
import { ORG_TOKEN, SOURCE_KEY, wholeLead } from "../helpers.js";

describe("in-process fetch handler", () => {
  test("the client runs against api.fetch with no socket, and api.store sees its writes", async () => {
    const api = createMockApi({ strict: true, sampleLeads: 5 });
    const lp = createLeadpingClient({
      baseUrl: "http://leadping.mock",
      apiKey: ORG_TOKEN,
      sourceKey: SOURCE_KEY,
      fetch: api.fetch,
      maxRetries: 0,
    });
    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Zoë" }, tagNames: ["Ünïcode"] }));
    expect(api.store.lead(lead.id)?.contact.firstName).toBe("Zoë");
    const updated = await lp.leads.update(lead.id, wholeLead({ contact: { firstName: "Zoé" } }));
    expect(updated.contact.firstName).toBe("Zoé");
    const all: string[] = [];
    for await (const row of lp.leads.listAll({ pageSize: 2 })) all.push(row.id);
    expect(all).toHaveLength(api.store.leads().filter((l) => !l.isArchived).length);
    await lp.leads.delete(lead.id);
    await expect(lp.leads.get(lead.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  test("accepts a Request object, a string or a URL, and works under any base path", async () => {
    const api = createMockApi();
    const headers = { authorization: `Bearer ${ORG_TOKEN}` };
    expect((await api.fetch(new Request("http://x/tags", { headers }))).status).toBe(200);
    expect((await api.fetch(new URL("http://y/tags"), { headers })).status).toBe(200);
    expect((await api.fetch("http://z/tags", { headers })).status).toBe(200);
  });

  test("in process, the same refusals apply: 413, 415, 400 and 401", async () => {
    const api = createMockApi({ strict: true, sampleLeads: 1, log: (m) => expect.fail(m) });
    const url = `http://leadping.mock/leads/${api.store.leads()[0]!.id}`;
    const put = (body: BodyInit, headers: Record<string, string> = {}) =>
      api.fetch(url, {
        method: "PUT",
        body,
        headers: { authorization: `Bearer ${ORG_TOKEN}`, "content-type": "application/json", ...headers },
      });
    expect((await put("x".repeat(MAX_BODY_BYTES + 1))).status).toBe(413);
    expect((await put("{}", { "content-type": "text/plain" })).status).toBe(415);
    const invalid = await put(JSON.stringify(wholeLead({ enabled: "yes" as never })));
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
    expect(((await invalid.json()) as { errors: unknown }).errors).toEqual({ enabled: ["must be boolean or null"] });
    expect((await api.fetch(url)).status).toBe(401);
  });

  test("the HTTP server's api shares its core: store and reset act on what the socket serves", async () => {
    const server = await startMockServer({ sampleLeads: 2 });
    try {
      const lp = createLeadpingClient({ baseUrl: server.url, apiKey: ORG_TOKEN, sourceKey: SOURCE_KEY, maxRetries: 0 });
      const created = await lp.leads.create(wholeLead());
      expect(server.api.store.lead(created.id)).toBeDefined();
      const viaFetch = await server.api.fetch(`http://in-process/leads/${created.id}`, {
        headers: { authorization: `Bearer ${ORG_TOKEN}` },
      });
      expect(viaFetch.status).toBe(200);
      server.api.reset();
      await expect(lp.leads.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(server.api.store.leads()).toHaveLength(2);
    } finally {
      await server.stop();
    }
  });
});
