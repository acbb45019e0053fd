// Every operation of the contract has a resource method, and each method
// calls its operation with the right credentials. A contract operation without
// a method, or a method calling the wrong one, fails here.
import { operationTable } from "@leadping/types";
import { describe, expect, it } from "vitest";
import { createLeadpingClient } from "../../src/index.js";
import type { LeadpingClient } from "../../src/index.js";
import { json, scriptedFetch } from "../helpers/fake-fetch.js";
import { wholeLead } from "../helpers/fixtures.js";

const baseUrl = "http://api.test";
// Path parameters are passed as their own template text, so the requested path names its template.
const calls: [string, (lp: LeadpingClient) => Promise<unknown>][] = [
  ["POST /leads", (lp) => lp.leads.create(wholeLead())],
  ["POST /leads/intake", (lp) => lp.leads.createIntake({ firstName: "Ada" })],
  ["GET /leads/intake", (lp) => lp.leads.createIntakeFromQuery({ FirstName: "Ada", Price: 12.5 })],
  ["GET /leads/{id}", (lp) => lp.leads.get("{id}")],
  ["PUT /leads/{id}", (lp) => lp.leads.update("{id}", wholeLead())],
  ["DELETE /leads/{id}", (lp) => lp.leads.delete("{id}")],
  ["POST /leads/{id}/archive", (lp) => lp.leads.archive("{id}")],
  ["POST /leads/{id}/unarchive", (lp) => lp.leads.unarchive("{id}")],
  ["GET /leads/{id}/workflow-status", (lp) => lp.leads.workflowStatus("{id}")],
  ["POST /leads/all/my", (lp) => lp.leads.list()],
  ["POST /leads/{id}/tags", (lp) => lp.leads.tags.add("{id}", { tagIds: [], tagNames: [] })],
  ["PUT /leads/{id}/tags", (lp) => lp.leads.tags.replace("{id}", { tagIds: [], tagNames: [] })],
  ["DELETE /leads/{id}/tags/{tagId}", (lp) => lp.leads.tags.remove("{id}", "{tagId}")],
  ["PUT /leads/{leadId}/status", (lp) => lp.leads.status.set("{leadId}", { leadStatusId: "s1" } as never)],
  ["GET /leads/{leadId}/status-history", (lp) => lp.leads.status.history("{leadId}")],
  ["GET /leads/{leadId}/status-history/export", (lp) => lp.leads.status.export("{leadId}")],
  ["POST /events/leads/{leadId}", (lp) => lp.leads.events.list("{leadId}")],
  ["POST /events/calls/lead/{leadId}", (lp) => lp.leads.callEvents.list("{leadId}")],
  ["POST /events/sms/lead/{leadId}", (lp) => lp.leads.smsEvents.list("{leadId}")],
  ["POST /conversations/lead/{leadId}", (lp) => lp.leads.conversations.list("{leadId}")],
  ["GET /lead-statuses", (lp) => lp.leadStatuses.list()],
  ["POST /lead-statuses", (lp) => lp.leadStatuses.create({ name: "Won" })],
  ["PUT /lead-statuses/{id}", (lp) => lp.leadStatuses.update("{id}", { name: "Won" })],
  ["DELETE /lead-statuses/{id}", (lp) => lp.leadStatuses.archive("{id}")],
  ["POST /lead-status-changes/all/my", (lp) => lp.statusChanges.list()],
  ["GET /lead-status-changes/{id}", (lp) => lp.statusChanges.get("{id}")],
  ["PUT /lead-status-changes/{id}", (lp) => lp.statusChanges.update("{id}", {} as never)],
  ["DELETE /lead-status-changes/{id}", (lp) => lp.statusChanges.delete("{id}")],
  ["GET /tags", (lp) => lp.tags.list()],
  ["POST /tags", (lp) => lp.tags.create({ name: "Hot" })],
  ["PUT /tags/{id}", (lp) => lp.tags.update("{id}", { name: "Hot" })],
  ["DELETE /tags/{id}", (lp) => lp.tags.archive("{id}")],
];

function client() {
  const fetch = scriptedFetch(() => json({ items: [], continuationToken: null }));
  const lp = createLeadpingClient({ apiKey: "sk_org", sourceKey: "lp_src", sourceId: "src_1", baseUrl, fetch, maxRetries: 0 });
  return { lp, fetch };
}

describe("the lead domain", () => {
  it("has a resource method for every operation of the contract", () => {
    expect(calls.map(([key]) => key).sort()).toEqual(Object.keys(operationTable).sort());
  });

  it.each(calls)("%s is called with its operation's credentials", async (key, run) => {
    const { lp, fetch } = client();
    await run(lp);
    expect(fetch.calls).toHaveLength(1);
    const { method, url, headers } = fetch.calls[0]!;
    expect(`${method} ${decodeURIComponent(new URL(url).pathname)}`).toBe(key);
    const { credentials } = operationTable[key as keyof typeof operationTable];
    if (credentials === "source") {
      expect(headers).toMatchObject({ "x-leadping-source-id": "src_1", "x-leadping-source-key": "lp_src" });
      expect(headers.authorization).toBeUndefined();
    } else {
      expect(headers.authorization).toBe("Bearer sk_org");
    }
    // Credentials never travel in the URL.
    expect(url).not.toMatch(/lp_src|sk_org|src_1/);
  });

  it("createIntakeFromQuery sends the lead as query parameters and the credentials as headers", async () => {
    const { lp, fetch } = client();
    await lp.leads.createIntakeFromQuery({ FirstName: "Ada", Price: 12.5, TagNames: ["Hot"] });
    expect(new URL(fetch.calls[0]!.url).search).toBe("?FirstName=Ada&Price=12.5&TagNames=Hot");
  });

  it("listAll follows continuation tokens on the per-lead lists and status changes", async () => {
    const pages = [json({ items: [{ id: "e1" }], continuationToken: "t2" }), json({ items: [{ id: "e2" }], continuationToken: null })];
    for (const list of [
      (lp: LeadpingClient) => lp.leads.events.listAll("lead_1", { pageSize: 1 }),
      (lp: LeadpingClient) => lp.leads.conversations.listAll("lead_1", { pageSize: 1 }),
      (lp: LeadpingClient) => lp.statusChanges.listAll({ pageSize: 1 }),
    ]) {
      const fetch = scriptedFetch(...pages);
      const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl, fetch });
      const ids: string[] = [];
      for await (const row of list(lp)) ids.push((row as { id: string }).id);
      expect(ids).toEqual(["e1", "e2"]);
      expect(fetch.calls.map((c) => JSON.parse(c.body!))).toEqual([{ pageSize: 1 }, { pageSize: 1, continuationToken: "t2" }]);
    }
  });
});
