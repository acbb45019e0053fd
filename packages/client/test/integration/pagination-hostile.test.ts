// listAll against a hostile server on 127.0.0.1 that never ends its list,
// and collecting a whole list with toArray().
import { afterEach, describe, expect, it } from "vitest";
import { LeadpingPaginationError, createLeadpingClient } from "../../src/index.js";
import { sendJson, startServer } from "../helpers/server.js";
import type { TestServer } from "../helpers/server.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

const row = (id: string) => ({ id, createdAt: "2026-03-01T00:00:00Z", enabled: true, isArchived: false });

describe("listAll against a hostile server", () => {
  it("fails with LeadpingPaginationError on empty pages that keep naming a next page, instead of looping forever", async () => {
    server = await startServer((request, res, index) => sendJson(res, 200, { items: [], continuationToken: `t${index}` }));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl: server.url });
    const error = await lp.leads
      .listAll()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingPaginationError);
    expect(server.requests).toHaveLength(3);
  });

  it("fails with LeadpingPaginationError when a token comes back", async () => {
    server = await startServer((request, res, index) =>
      sendJson(res, 200, { items: [row(`l${index}`)], continuationToken: `t${index % 2}` }),
    );
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl: server.url });
    await expect(lp.leads.events.listAll("lead_1").toArray()).rejects.toBeInstanceOf(LeadpingPaginationError);
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });
});

describe("toArray", () => {
  it("collects every row of every page in one call", async () => {
    server = await startServer((request, res, index) =>
      sendJson(res, 200, { items: [row(`l${index}a`), row(`l${index}b`)], continuationToken: index < 2 ? `t${index}` : null }),
    );
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl: server.url });
    const rows = await lp.leads.listAll({ pageSize: 2 }).toArray();
    expect(rows.map((r) => r.id)).toEqual(["l0a", "l0b", "l1a", "l1b", "l2a", "l2b"]);
    expect(server.requests).toHaveLength(3);
  });
});
