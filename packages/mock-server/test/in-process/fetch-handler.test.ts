// createMockApi().fetch: the mock as a fetch function, handed straight to the client.
import { createLeadpingClient, NotFoundError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { createMockApi, startMockServer } from "../../src/index.js";
import { ORG_TOKEN, SOURCE_KEY } from "../helpers.js";

describe("in-process fetch handler", () => {
  test("the client runs against api.fetch with no socket, and api.store sees its writes", async () => {
    const api = createMockApi({ strict: true, sampleLeads: 5 });
    const lp = createLeadpingClient({ baseUrl: "http://leadping.mock", apiKey: ORG_TOKEN, sourceKey: SOURCE_KEY, fetch: api.fetch, maxRetries: 0 });
    const lead = await lp.leads.create({ contact: { firstName: "Zoë" }, tagNames: ["Ünïcode"] });
    expect(api.store.lead(lead.id)?.contact.firstName).toBe("Zoë");
    const updated = await lp.leads.update(lead.id, { contact: { firstName: "Zoé" } });
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

  test("the HTTP server's api shares its core: store and reset act on what the socket serves", async () => {
    const server = await startMockServer({ sampleLeads: 2 });
    try {
      const lp = createLeadpingClient({ baseUrl: server.url, apiKey: ORG_TOKEN, sourceKey: SOURCE_KEY, maxRetries: 0 });
      const created = await lp.leads.create({});
      expect(server.api.store.lead(created.id)).toBeDefined();
      const viaFetch = await server.api.fetch(`http://in-process/leads/${created.id}`, { headers: { authorization: `Bearer ${ORG_TOKEN}` } });
      expect(viaFetch.status).toBe(200);
      server.api.reset();
      await expect(lp.leads.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(server.api.store.leads()).toHaveLength(2);
    } finally {
      await server.stop();
    }
  });
});
