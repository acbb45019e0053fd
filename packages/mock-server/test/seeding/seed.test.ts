// Seeded sample data: the same seed gives the same leads, tags and histories.
import { describe, expect, test } from "vitest";
import { createMockApi } from "../../src/index.js";
import { ORG_TOKEN } from "../helpers.js";

describe("seeded sample data", () => {
  test("the same seed yields identical state; another seed does not", () => {
    const a = createMockApi({ seed: 42, sampleLeads: 25 });
    const b = createMockApi({ seed: 42, sampleLeads: 25 });
    const c = createMockApi({ seed: 43, sampleLeads: 25 });
    expect(a.store.leads()).toHaveLength(25);
    expect(b.store.leads()).toEqual(a.store.leads());
    expect(b.store.tags()).toEqual(a.store.tags());
    for (const lead of a.store.leads()) expect(b.store.statusHistory(lead.id)).toEqual(a.store.statusHistory(lead.id));
    expect(c.store.leads().map((l) => l.id)).not.toEqual(a.store.leads().map((l) => l.id));
    expect(c.store.leads().map((l) => l.contact.firstName)).not.toEqual(a.store.leads().map((l) => l.contact.firstName));
  });

  test("sample data is varied: tags, statuses with history, archived leads", () => {
    const leads = createMockApi({ seed: 42, sampleLeads: 60 }).store.leads();
    expect(leads.some((l) => l.tags.length > 0)).toBe(true);
    expect(leads.some((l) => l.tags.length === 0)).toBe(true);
    expect(leads.some((l) => l.isArchived && l.archivedAt !== null)).toBe(true);
    expect(leads.some((l) => l.currentDisposition?.id)).toBe(true);
    expect(new Set(leads.map((l) => l.id)).size).toBe(60);
  });

  test("ids of new leads are deterministic too, and reset() restores the seeded state", async () => {
    const make = () => createMockApi({ seed: 9, sampleLeads: 3 });
    const create = async (api: ReturnType<typeof make>) => {
      const res = await api.fetch("http://leadping.mock/leads", {
        method: "POST",
        headers: { authorization: "Bearer lp_src_x", "content-type": "application/json" },
        body: "{}",
      });
      return ((await res.json()) as { id: string }).id;
    };
    const a = make();
    const b = make();
    const first = await create(a);
    expect(await create(b)).toBe(first);
    const seeded = a.store.leads().slice(0, 3);
    await a.fetch(`http://leadping.mock/leads/${seeded[0]!.id}`, { method: "DELETE", headers: { authorization: `Bearer ${ORG_TOKEN}` } });
    a.reset();
    expect(a.store.leads()).toEqual(seeded);
    expect(await create(a)).toBe(first);
  });

  test("sampleLeads defaults to none in process", () => {
    const api = createMockApi();
    expect(api.store.leads()).toEqual([]);
    expect(api.store.tags()).toEqual([]);
  });
});
