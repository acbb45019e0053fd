// POST /leads/all/my through @leadping/client over real HTTP: paging, order, search, filters.
import type { BadRequestError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { clientFor, startStrict, steppingClock, wholeLead } from "../helpers.js";

async function seededClient(count: number) {
  const server = await startStrict({ sampleLeads: count, seed: 7 });
  return { server, lp: clientFor(server) };
}

describe("lead list", () => {
  test("pages follow continuationToken to the end, newest first, with no row twice or missing", async () => {
    const { server, lp } = await seededClient(60);
    const active = server.api.store.leads().filter((l) => !l.isArchived);
    const first = await lp.leads.list({ pageSize: 7, includeCount: true });
    expect(first).toMatchObject({ pageSize: 7, totalCount: active.length });
    expect(first.items).toHaveLength(7);
    expect(first.continuationToken).toEqual(expect.any(String));

    const ids: string[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof lp.leads.list>> = await lp.leads.list({ pageSize: 7, continuationToken: token });
      expect(page.totalCount).toBeNull();
      ids.push(...page.items.map((r) => r.id));
      token = page.continuationToken;
      pages++;
    } while (token !== null);
    expect(pages).toBe(Math.ceil(active.length / 7));
    const newestFirst = [...active].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((l) => l.id);
    expect(ids).toEqual(newestFirst);

    const all: string[] = [];
    for await (const row of lp.leads.listAll({ pageSize: 100 })) all.push(row.id);
    expect(all).toEqual(newestFirst);
  });

  test("paging stays stable when leads are created between pages", async () => {
    const { lp } = await seededClient(10);
    const page1 = await lp.leads.list({ pageSize: 4 });
    await lp.leads.create(wholeLead({ contact: { firstName: "Latecomer" } }));
    const page2 = await lp.leads.list({ pageSize: 4, continuationToken: page1.continuationToken });
    const page1Ids = page1.items.map((r) => r.id);
    expect(page2.items.some((r) => page1Ids.includes(r.id))).toBe(false);
    expect(page2.items.some((r) => r.firstName === "Latecomer")).toBe(false);
  });

  test("archiveFilter chooses active, archived or all", async () => {
    const { server, lp } = await seededClient(40);
    const leads = server.api.store.leads();
    const archived = leads.filter((l) => l.isArchived).length;
    expect(archived).toBeGreaterThan(0);
    const count = async (archiveFilter?: "active" | "archived" | "all") =>
      (await lp.leads.list({ includeCount: true, pageSize: 1, ...(archiveFilter ? { archiveFilter } : {}) })).totalCount;
    expect(await count()).toBe(leads.length - archived);
    expect(await count("active")).toBe(leads.length - archived);
    expect(await count("archived")).toBe(archived);
    expect(await count("all")).toBe(leads.length);
  });

  test("tag filters: any, all (tagMatchAll) and untagged", async () => {
    const lp = clientFor(await startStrict());
    const [a, b] = [await lp.tags.create({ name: "A" }), await lp.tags.create({ name: "B" })];
    const onlyA = await lp.leads.create(wholeLead({ tagIds: [a.id] }));
    const both = await lp.leads.create(wholeLead({ tagIds: [a.id, b.id] }));
    const onlyB = await lp.leads.create(wholeLead({ tagIds: [b.id] }));
    const none = await lp.leads.create(wholeLead());
    const ids = async (params: Parameters<typeof lp.leads.list>[0]) => (await lp.leads.list(params)).items.map((r) => r.id).sort();
    expect(await ids({ tagIds: [a.id] })).toEqual([onlyA.id, both.id].sort());
    expect(await ids({ tagIds: [a.id, b.id] })).toEqual([onlyA.id, both.id, onlyB.id].sort());
    expect(await ids({ tagIds: [a.id, b.id], tagMatchAll: true })).toEqual([both.id]);
    expect(await ids({ untagged: true })).toEqual([none.id]);
  });

  test("search matches names, email and phone case-insensitively, and full names", async () => {
    const lp = clientFor(await startStrict());
    const ada = await lp.leads.create(
      wholeLead({
        contact: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", phone: { number: "+15125550142" } },
      }),
    );
    await lp.leads.create(wholeLead({ contact: { firstName: "Grace", lastName: "Hopper", email: "grace@navy.example" } }));
    const find = async (search: string, searchFields?: string[]) =>
      (await lp.leads.list({ search, ...(searchFields ? { searchFields } : {}) })).items.map((r) => r.id);
    expect(await find("LOVELACE")).toEqual([ada.id]);
    expect(await find("ada lovelace")).toEqual([ada.id]);
    expect(await find("5550142")).toEqual([ada.id]);
    expect(await find("example")).toHaveLength(2);
    expect(await find("ada", ["lastName"])).toEqual([]);
    const error = (await lp.leads.list({ search: "x", searchFields: ["ssn"] }).catch((e: unknown) => e)) as BadRequestError;
    expect(error.errors).toEqual({ "searchFields[0]": ["must be one of firstName, lastName, email, phone"] });
  });

  test("orderBy, exact-match filters and range filters", async () => {
    const lp = clientFor(await startStrict({ clock: steppingClock() }));
    const c = await lp.leads.create(wholeLead({ contact: { lastName: "Curie" }, metadata: { price: "30" } }));
    const a = await lp.leads.create(wholeLead({ contact: { lastName: "Agnesi" }, metadata: { price: "10" }, enabled: false }));
    const b = await lp.leads.create(wholeLead({ contact: { lastName: "Bernoulli" }, metadata: { price: "20" } }));
    const ids = async (params: Parameters<typeof lp.leads.list>[0]) => (await lp.leads.list(params)).items.map((r) => r.id);
    expect(await ids({})).toEqual([b.id, a.id, c.id]);
    expect(await ids({ orderBy: [{ field: "lastName" }] })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ orderBy: [{ field: "lastName", direction: "desc" }] })).toEqual([c.id, b.id, a.id]);
    expect(await ids({ filters: [{ field: "enabled", value: false }] })).toEqual([a.id]);
    expect(await ids({ rangeFilters: [{ field: "price", greaterThanOrEqual: "15", lessThan: 30 }] })).toEqual([b.id]);
    expect(await ids({ rangeFilters: [{ field: "createdAt", greaterThan: c.createdAt }], orderBy: [{ field: "createdAt" }] })).toEqual([
      a.id,
      b.id,
    ]);

    const paged: string[] = [];
    for await (const row of lp.leads.listAll({ pageSize: 1, orderBy: [{ field: "lastName" }] })) paged.push(row.id);
    expect(paged).toEqual([a.id, b.id, c.id]);
  });

  test("orderBy price compares the decimal strings as numbers, across pages too", async () => {
    const lp = clientFor(await startStrict());
    const prices = ["8.00", "10.00", "9.50", "100", "0.75"];
    for (const price of prices) await lp.leads.create(wholeLead({ metadata: { price } }));
    // Sent as decimal strings, answered as numbers, as the real API does.
    const ascending = prices.map(Number).sort((a, b) => a - b);
    const byPrice = async (direction: "asc" | "desc") =>
      (await lp.leads.list({ orderBy: [{ field: "price", direction }] })).items.map((r) => r.price);
    expect(await byPrice("asc")).toEqual(ascending);
    expect(await byPrice("desc")).toEqual([...ascending].reverse());
    const paged: (number | string | null | undefined)[] = [];
    for await (const row of lp.leads.listAll({ pageSize: 2, orderBy: [{ field: "price" }] })) paged.push(row.price);
    expect(paged).toEqual(ascending);
  });

  test("bad list queries name the offending field", async () => {
    const { lp } = await seededClient(3);
    const errors = async (params: Parameters<typeof lp.leads.list>[0]) =>
      ((await lp.leads.list(params).catch((e: unknown) => e)) as BadRequestError).errors;
    expect(await errors({ pageSize: 0 })).toEqual({ pageSize: ["must be >= 1"] });
    expect(await errors({ pageSize: 101 })).toEqual({ pageSize: ["must be <= 100"] });
    expect(await errors({ continuationToken: "garbage" })).toEqual({ continuationToken: ["is not a continuation token of this query"] });
    expect(await errors({ orderBy: [{ field: "favouriteColour" }] })).toEqual({ "orderBy[0].field": ["is not a sortable field"] });
    expect(await errors({ filters: [{ field: "ssn", value: 1 }] })).toEqual({ "filters[0].field": ['cannot filter on "ssn"'] });
    expect(await errors({ archiveFilter: "deleted" as never })).toEqual({ archiveFilter: ['must be one of "active", "archived", "all"'] });
    expect(await errors({ rangeFilters: [{ field: "createdAt", lessThan: "yesterday" }] })).toEqual({
      "rangeFilters[0].lessThan": ["must be a date-time"],
    });
    const first = await lp.leads.list({ pageSize: 1 });
    expect(await errors({ pageSize: 1, continuationToken: first.continuationToken, orderBy: [{ field: "lastName" }] })).toEqual({
      continuationToken: ["is not a continuation token of this query"],
    });
  });
});
