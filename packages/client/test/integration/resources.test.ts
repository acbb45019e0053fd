// Every resource method's happy path against a real HTTP server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLeadpingClient } from "../../src/index.js";
import type { LeadpingClient } from "../../src/index.js";
import { lead, page, statusChange, tag, wholeLead } from "../helpers/fixtures.js";
import { sendJson, startServer } from "../helpers/server.js";
import type { TestServer } from "../helpers/server.js";

type Route = { status: number; body: unknown };
const routes: Record<string, Route> = {
  "POST /api/leads": { status: 201, body: lead("created") },
  "POST /api/leads/intake": { status: 201, body: lead("intake") },
  "GET /api/leads/lead_1": { status: 200, body: lead("lead_1") },
  "PUT /api/leads/lead_1": { status: 200, body: lead("lead_1") },
  "DELETE /api/leads/lead_1": { status: 204, body: undefined },
  "POST /api/leads/lead_1/archive": { status: 200, body: { ...lead("lead_1"), isArchived: true } },
  "POST /api/leads/lead_1/unarchive": { status: 200, body: { ...lead("lead_1"), isArchived: false } },
  "POST /api/leads/all/my": { status: 200, body: page(["a"], null) },
  "POST /api/leads/lead_1/tags": { status: 200, body: lead("lead_1") },
  "PUT /api/leads/lead_1/tags": { status: 200, body: lead("lead_1") },
  "DELETE /api/leads/lead_1/tags/tag_hot": { status: 200, body: lead("lead_1") },
  "PUT /api/leads/lead_1/status": { status: 200, body: statusChange() },
  "GET /api/leads/lead_1/status-history": { status: 200, body: [statusChange()] },
  "GET /api/tags": { status: 200, body: [tag()] },
  "POST /api/tags": { status: 201, body: tag("tag_new") },
  "PUT /api/tags/tag_hot": { status: 200, body: tag() },
  "DELETE /api/tags/tag_hot": { status: 200, body: true },
};

let server: TestServer;
let lp: LeadpingClient;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const route = routes[`${req.method} ${req.url.split("?")[0]}`];
    if (!route) return sendJson(res, 404, { title: "no route" });
    if (route.body === undefined) {
      res.writeHead(route.status);
      res.end();
      return;
    }
    sendJson(res, route.status, route.body);
  });
  lp = createLeadpingClient({ apiKey: "sk_org", sourceKey: "lp_src", baseUrl: `${server.url}/api/`, headers: { "x-app": "it" } });
});
afterAll(() => server.close());

function last() {
  return server.requests.at(-1)!;
}

const emptyLead = { metadata: {}, customer: {}, tagIds: [], tagNames: [] };
const tagsBody = { tagIds: ["tag_hot"], tagNames: ["Spring"], createMissing: true };

const cases: [string, (lp: LeadpingClient) => Promise<unknown>, string, unknown, unknown][] = [
  [
    "leads.create",
    (c) => c.leads.create(wholeLead({ ...emptyLead, contact: { firstName: "Ada" } })),
    "POST /api/leads",
    { ...emptyLead, contact: { firstName: "Ada" } },
    lead("created"),
  ],
  [
    "leads.createIntake",
    (c) => c.leads.createIntake({ firstName: "Grace" }),
    "POST /api/leads/intake",
    { firstName: "Grace" },
    lead("intake"),
  ],
  ["leads.get", (c) => c.leads.get("lead_1"), "GET /api/leads/lead_1", undefined, lead("lead_1")],
  [
    "leads.update",
    (c) => c.leads.update("lead_1", wholeLead({ enabled: false })),
    "PUT /api/leads/lead_1",
    wholeLead({ enabled: false }),
    lead("lead_1"),
  ],
  ["leads.delete", (c) => c.leads.delete("lead_1"), "DELETE /api/leads/lead_1", undefined, undefined],
  [
    "leads.archive",
    (c) => c.leads.archive("lead_1", { reason: 3, note: "dup" }),
    "POST /api/leads/lead_1/archive",
    { reason: 3, note: "dup" },
    { ...lead("lead_1"), isArchived: true },
  ],
  [
    "leads.archive (no body)",
    (c) => c.leads.archive("lead_1"),
    "POST /api/leads/lead_1/archive",
    {},
    { ...lead("lead_1"), isArchived: true },
  ],
  [
    "leads.unarchive",
    (c) => c.leads.unarchive("lead_1"),
    "POST /api/leads/lead_1/unarchive",
    undefined,
    { ...lead("lead_1"), isArchived: false },
  ],
  [
    "leads.list",
    (c) => c.leads.list({ pageSize: 5, untagged: true }),
    "POST /api/leads/all/my?untagged=true",
    { pageSize: 5 },
    page(["a"], null),
  ],
  ["leads.tags.add", (c) => c.leads.tags.add("lead_1", tagsBody), "POST /api/leads/lead_1/tags", tagsBody, lead("lead_1")],
  ["leads.tags.replace", (c) => c.leads.tags.replace("lead_1", tagsBody), "PUT /api/leads/lead_1/tags", tagsBody, lead("lead_1")],
  [
    "leads.tags.remove",
    (c) => c.leads.tags.remove("lead_1", "tag_hot"),
    "DELETE /api/leads/lead_1/tags/tag_hot",
    undefined,
    lead("lead_1"),
  ],
  [
    "leads.status.set",
    (c) => c.leads.status.set("lead_1", { outcome: "contacted", type: "disposition" }),
    "PUT /api/leads/lead_1/status",
    { outcome: "contacted", type: "disposition" },
    statusChange(),
  ],
  ["leads.status.history", (c) => c.leads.status.history("lead_1"), "GET /api/leads/lead_1/status-history", undefined, [statusChange()]],
  ["tags.list", (c) => c.tags.list({ includeArchived: true }), "GET /api/tags?includeArchived=true", undefined, [tag()]],
  ["tags.create", (c) => c.tags.create({ name: "New" }), "POST /api/tags", { name: "New" }, tag("tag_new")],
  ["tags.update", (c) => c.tags.update("tag_hot", { color: "#ef4444" }), "PUT /api/tags/tag_hot", { color: "#ef4444" }, tag()],
  ["tags.archive", (c) => c.tags.archive("tag_hot"), "DELETE /api/tags/tag_hot", undefined, true],
];

describe("resource methods over real HTTP", () => {
  it.each(cases)("%s", async (name, run, wire, sentBody, expected) => {
    const result = await run(lp);
    expect(result).toEqual(expected);
    const req = last();
    expect(`${req.method} ${req.url}`).toBe(wire);
    expect(req.headers["x-app"]).toBe("it");
    if (sentBody === undefined) {
      expect(req.body).toBe("");
    } else {
      expect(JSON.parse(req.body)).toEqual(sentBody);
      expect(req.headers["content-type"]).toBe("application/json");
    }
    const intake = name.startsWith("leads.create");
    expect(req.headers.authorization).toBe(intake ? "Bearer lp_src" : "Bearer sk_org");
  });

  it("listAll pages over real HTTP", async () => {
    const pages = [page(["a", "b"], "p2"), page(["c"], null)];
    const paging = await startServer((req, res, i) => sendJson(res, 200, pages[i]));
    try {
      const client = createLeadpingClient({ apiKey: "sk", baseUrl: paging.url });
      const ids = [];
      for await (const row of client.leads.listAll({ pageSize: 2 })) ids.push(row.id);
      expect(ids).toEqual(["a", "b", "c"]);
      expect(paging.requests.map((r) => JSON.parse(r.body).continuationToken)).toEqual([null, "p2"]);
    } finally {
      await paging.close();
    }
  });

  it("lp.raw over real HTTP", async () => {
    const { data, response } = await lp.raw.PUT("/leads/{id}", { params: { path: { id: "lead_1" } }, body: wholeLead({ enabled: true }) });
    expect(response.status).toBe(200);
    expect(data).toEqual(lead("lead_1"));
    expect(last().headers.authorization).toBe("Bearer sk_org");
    expect(JSON.parse(last().body)).toEqual(wholeLead({ enabled: true }));
  });
});
