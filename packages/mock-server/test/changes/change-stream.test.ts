// One stream of lead changes: every write operation, driven in process through the fetch
// handler, leaves the same changes in the lead's timeline as the webhooks a real receiver on
// 127.0.0.1 gets, in the same order, whichever operation made them.
import { createLeadpingClient } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { createMockApi } from "../../src/index.js";
import { ORG_TOKEN, SOURCE_KEY, wholeLead } from "../helpers.js";
import { startReceiver } from "../webhooks/receiver.js";

interface Delivered {
  type: string;
  data: { id: string };
}

describe("the lead change stream", () => {
  test("timeline and webhooks agree for every write operation", async () => {
    const receiver = await startReceiver();
    const api = createMockApi({
      strict: true,
      log: (m) => expect.fail(m),
      webhooks: {
        endpoints: [{ url: receiver.url }],
        // One delivery at a time, so arrival order is send order (with several in flight it need not be).
        maxInFlightPerEndpoint: 1,
      },
    });
    const lp = createLeadpingClient({ apiKey: ORG_TOKEN, sourceKey: SOURCE_KEY, baseUrl: "http://leadping.mock", fetch: api.fetch });
    const send = (method: string, path: string, body?: unknown) =>
      api.fetch(`http://leadping.mock${path}`, {
        method,
        headers: {
          authorization: `Bearer ${method === "GET" && path.startsWith("/leads/intake") ? SOURCE_KEY : ORG_TOKEN}`,
          "content-type": "application/json",
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });

    // The three create paths.
    const external = await lp.leads.create(wholeLead({ contact: { firstName: "Ada", lastName: "Lovelace" } }));
    const intake = (await (await send("POST", "/leads/intake", { firstName: "Grace", lastName: "Hopper" })).json()) as { id: string };
    const intakeGet = await send("GET", "/leads/intake?FirstName=Alan&LastName=Turing");
    expect(intakeGet.status).toBe(201);
    const byQuery = (await intakeGet.json()) as { id: string };

    // Every other write operation on a lead, including changes that leave things as they were.
    await lp.leads.update(external.id, wholeLead({ contact: { firstName: "Ada", lastName: "King" } }));
    await lp.leads.tags.add(external.id, { tagIds: [], tagNames: ["vip"], createMissing: true });
    await lp.leads.tags.add(external.id, { tagIds: [], tagNames: ["vip"], createMissing: true }); // no change
    const tagged = await lp.leads.tags.replace(external.id, { tagIds: [], tagNames: ["vip", "web"], createMissing: true });
    await lp.leads.tags.remove(external.id, tagged.tags[1]!.id);
    const change = await lp.leads.status.set(external.id, { type: "disposition", outcome: "contacted" });
    await lp.leads.status.set(external.id, { type: "disposition", outcome: "qualified" });
    expect((await send("PUT", `/lead-status-changes/${change.id}`, { type: "disposition", outcome: "sold" })).status).toBe(200);
    expect((await send("DELETE", `/lead-status-changes/${change.id}`)).status).toBe(204);
    await lp.leads.archive(external.id, {});
    await lp.leads.unarchive(external.id);
    await lp.leads.status.set(intake.id, { type: "disposition", outcome: "contacted" });
    await lp.tags.create({ name: "unused" }); // not a lead change
    await api.webhooks.settled();

    const delivered = receiver.received.map((r) => JSON.parse(r.body) as Delivered);
    const webhookTypes = (id: string) => delivered.filter((d) => d.data.id === id).map((d) => d.type);
    const timelineTypes = (id: string) => api.store.leadEvents(id).map((e) => e.eventType);
    for (const lead of [external, intake, byQuery]) expect(webhookTypes(lead.id), lead.id).toEqual(timelineTypes(lead.id));
    expect(timelineTypes(external.id)).toEqual([
      "lead.created",
      "lead.updated",
      "lead.tags_changed",
      "lead.tags_changed",
      "lead.tags_changed",
      "lead.status_changed",
      "lead.status_changed",
      "lead.status_changed", // the correction
      "lead.status_changed", // the deletion
      "lead.archived",
      "lead.unarchived",
    ]);
    expect(timelineTypes(byQuery.id)).toEqual(["lead.created"]);

    // A deleted lead's timeline goes with it; the deletion is the last webhook about it.
    await lp.leads.delete(byQuery.id);
    await api.webhooks.settled();
    const after = receiver.received.map((r) => JSON.parse(r.body) as Delivered);
    expect(after.filter((d) => d.data.id === byQuery.id).map((d) => d.type)).toEqual(["lead.created", "lead.deleted"]);
    expect(after.at(-1)).toMatchObject({ type: "lead.deleted", data: { id: byQuery.id, contact: { firstName: "Alan" } } });
  });
});
