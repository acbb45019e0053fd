// A lead's event timeline and status history are bounded per lead: the newest
// entries are kept and the oldest dropped, so no loop of writes grows one lead
// without end, and the write that crosses the bound still succeeds.
import { describe, expect, test } from "vitest";
import { call, clientFor, startInProcess, steppingClock, wholeLead } from "../helpers.js";

describe("per-lead list bounds", () => {
  test("the event timeline keeps the newest maxEventsPerLead events", async () => {
    const server = startInProcess({ clock: steppingClock(), limits: { maxEventsPerLead: 3 } });
    const lp = clientFor(server);
    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada" } }));
    for (let i = 0; i < 4; i++) await lp.leads.tags.add(lead.id, { tagIds: [], tagNames: [`tag ${i}`], createMissing: true });
    await lp.leads.archive(lead.id, { reason: 2 });
    const kept = server.api.store.leadEvents(lead.id);
    expect(kept.map((e) => e.eventType)).toEqual(["lead.tags_changed", "lead.tags_changed", "lead.archived"]);
    const page = await lp.leads.events.list(lead.id, { pageSize: 10, includeCount: true });
    expect(page.totalCount).toBe(3);
    expect(page.items.map((e) => e.id)).toEqual(kept.map((e) => e.id).reverse());
  });

  test("the status history keeps the newest maxStatusChangesPerLead changes; the dropped one is gone everywhere", async () => {
    const server = startInProcess({ clock: steppingClock(), limits: { maxStatusChangesPerLead: 2 } });
    const lp = clientFor(server);
    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada" } }));
    const first = await lp.leads.status.set(lead.id, { type: "disposition", outcome: "contacted" });
    const second = await lp.leads.status.set(lead.id, { type: "disposition", outcome: "follow_up" });
    const third = await lp.leads.status.set(lead.id, { type: "disposition", outcome: "qualified" });
    expect((await lp.leads.status.history(lead.id)).map((c) => c.id)).toEqual([second.id, third.id]);
    expect((await lp.leads.status.export(lead.id)).rows?.map((r) => r.leadStatusChangeId)).toEqual([second.id, third.id]);
    expect((await call(server, "GET", `/lead-status-changes/${first.id}`)).status).toBe(404);
    expect((await lp.statusChanges.list({ pageSize: 10 })).items.map((c) => c.id)).not.toContain(first.id);
    // The change after the dropped one still records what it replaced.
    expect(server.api.store.statusHistory(lead.id)[0]!.oldLeadStatusChangeId).toBe(first.id);
    expect((await lp.leads.get(lead.id)).currentLeadStatus?.id).toBe(third.id);
  });

  test("by default a lead keeps 200 events and 100 status changes", async () => {
    const server = startInProcess({ clock: steppingClock() });
    const lp = clientFor(server);
    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada" } }));
    for (let i = 0; i < 105; i++) await lp.leads.status.set(lead.id, { type: "disposition", outcome: i % 2 ? "contacted" : "follow_up" });
    expect(server.api.store.statusHistory(lead.id)).toHaveLength(100);
    expect(server.api.store.leadEvents(lead.id)).toHaveLength(106);
    for (let i = 0; i < 100; i++) await lp.leads.status.set(lead.id, { type: "disposition", outcome: "contacted" });
    expect(server.api.store.leadEvents(lead.id)).toHaveLength(200);
    expect(server.api.store.leadEvents(lead.id).at(-1)!.eventType).toBe("lead.status_changed");
  });

  test("a bound that is not a positive integer is refused at start", () => {
    expect(() => startInProcess({ limits: { maxEventsPerLead: 0 } })).toThrow(/maxEventsPerLead/);
  });
});
