// A lead's event timeline as the lead changes, and the seeded calls, SMS messages and
// conversations, each paged newest first with continuationToken. Real HTTP on 127.0.0.1.
import { NotFoundError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { clientFor, startInProcess, steppingClock, wholeLead } from "../helpers.js";

describe("lead activity", () => {
  test("events are recorded as the lead changes, and paged newest first", async () => {
    const lp = clientFor(startInProcess({ clock: steppingClock() }));
    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada" } }));
    await lp.leads.update(lead.id, wholeLead({ contact: { firstName: "Ada", lastName: "Lovelace" }, tagIds: [], tagNames: [] }));
    const change = await lp.leads.status.set(lead.id, { type: "disposition", outcome: "contacted" });
    await lp.leads.archive(lead.id, { reason: 2, note: "Duplicate." });
    await lp.leads.unarchive(lead.id);
    await lp.leads.tags.add(lead.id, { tagIds: [], tagNames: ["Hot"], createMissing: true });

    const expected = ["lead.tags_changed", "lead.unarchived", "lead.archived", "lead.status_changed", "lead.updated", "lead.created"];
    const first = await lp.leads.events.list(lead.id, { pageSize: 4, includeCount: true });
    expect(first.totalCount).toBe(6);
    expect(first.items.map((e) => e.eventType)).toEqual(expected.slice(0, 4));
    const second = await lp.leads.events.list(lead.id, { pageSize: 4, continuationToken: first.continuationToken! });
    expect(second.items.map((e) => e.eventType)).toEqual(expected.slice(4));
    expect(second.continuationToken).toBeNull();

    // Events added to the front between two pages neither repeat nor push rows past the cursor.
    const before = await lp.leads.events.list(lead.id, { pageSize: 2 });
    await lp.leads.archive(lead.id, { reason: 2, note: "Again." });
    await lp.leads.unarchive(lead.id);
    const after = await lp.leads.events.list(lead.id, { pageSize: 10, continuationToken: before.continuationToken! });
    expect([...before.items, ...after.items].map((e) => e.eventType)).toEqual(expected);

    const all = [];
    for await (const event of lp.leads.events.listAll(lead.id, { pageSize: 2 })) all.push(event);
    all.splice(0, 2); // the two events the check above added
    expect(all.map((e) => e.eventType)).toEqual(expected);
    expect(all.every((e) => e.leadId === lead.id && e.eventCategory === "lead")).toBe(true);
    expect(all.find((e) => e.eventType === "lead.status_changed")).toMatchObject({
      relatedEntityType: "leadStatusChange",
      relatedEntityId: change.id,
      timelineType: "LeadStatusChange",
    });
    expect(all.find((e) => e.eventType === "lead.created")?.timelineType).toBe("LeadCreated");
    // Timestamps follow the order things happened.
    expect(all.map((e) => e.createdAt)).toEqual([...all.map((e) => e.createdAt)].sort().reverse());
  });

  test("another lead's changes never show up, and unknown leads answer 404 on every activity list", async () => {
    const lp = clientFor(startInProcess());
    const [ada, grace] = [await lp.leads.create(wholeLead()), await lp.leads.create(wholeLead())];
    await lp.leads.archive(grace.id);
    expect((await lp.leads.events.list(ada.id)).items.map((e) => e.eventType)).toEqual(["lead.created"]);
    for (const list of [lp.leads.events, lp.leads.callEvents, lp.leads.smsEvents, lp.leads.conversations]) {
      await expect(list.list("lead_nope")).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(lp.leads.workflowStatus("lead_nope")).rejects.toBeInstanceOf(NotFoundError);
    expect(await lp.leads.workflowStatus(ada.id)).toEqual({ leadId: ada.id, runs: [] });
  });

  test("seeded calls, SMS messages and conversations page with continuationToken and agree with the store", async () => {
    const server = startInProcess({ sampleLeads: 25, seed: 7 });
    const lp = clientFor(server);
    const leads = server.api.store.leads();
    const busiest = (count: (id: string) => Promise<number>) =>
      Promise.all(leads.map(async (l) => [l.id, await count(l.id)] as const)).then((counts) => counts.sort((a, b) => b[1] - a[1])[0]!);

    const lists = { calls: lp.leads.callEvents, sms: lp.leads.smsEvents, conversations: lp.leads.conversations } as const;
    for (const [name, list] of Object.entries(lists)) {
      const [leadId, total] = await busiest(async (id) => (await list.list(id, { pageSize: 1, includeCount: true })).totalCount ?? 0);
      expect(total, `${name}: some sample lead has at least one`).toBeGreaterThan(0);
      const seen: string[] = [];
      let token: string | null | undefined;
      let pages = 0;
      do {
        const page = await list.list(leadId, { pageSize: 1, ...(token ? { continuationToken: token } : {}) });
        seen.push(...page.items.map((item) => item.id!));
        token = page.continuationToken;
        pages++;
      } while (token);
      expect(pages, name).toBe(total);
      expect(new Set(seen).size, name).toBe(total);
      const all = [];
      for await (const item of list.listAll(leadId, { pageSize: 2 })) all.push(item.id);
      expect(all, name).toEqual(seen);
    }
  });
});
