// The store is bounded: a lead count, a tag count and a size per stored lead.
// Without them one client could fill the process (100 leads of 1 MiB made each
// list page 100 MiB). A full store answers a 4xx problem and stores nothing.
import { describe, expect, test } from "vitest";
import { type InProcessMock, SOURCE_KEY, call, expectProblem, startInProcess, wholeLead } from "../helpers.js";

const createLead = (server: InProcessMock, body: Record<string, unknown>) =>
  call(server, "POST", "/leads", { token: SOURCE_KEY, body: JSON.stringify({ ...wholeLead(), ...body }) });

describe("store bounds", () => {
  test("a full lead store answers 409 store-full, creates no tag, and takes leads again once one is deleted", async () => {
    const server = startInProcess({ sampleLeads: 2, limits: { maxLeads: 3 } });
    expect((await createLead(server, {})).status).toBe(201);
    const tagsBefore = server.api.store.tags();
    const full = await createLead(server, { tagNames: ["brand-new"] });
    expectProblem(full, 409);
    expect(full.json.type).toBe("https://leadping.ai/problems/store-full");
    expect(full.json.detail).toContain("3 leads");
    expectProblem(await call(server, "POST", "/leads/intake", { token: SOURCE_KEY, body: JSON.stringify({ firstName: "Ada" }) }), 409);
    expect(server.api.store.leads()).toHaveLength(3);
    expect(server.api.store.tags()).toEqual(tagsBefore);
    expect((await call(server, "DELETE", `/leads/${server.api.store.leads()[0]!.id}`)).status).toBe(204);
    expect((await createLead(server, {})).status).toBe(201);
  });

  test("a lead over maxLeadBytes answers 413 on create and on replace, and nothing changes", async () => {
    const server = startInProcess({ sampleLeads: 1, limits: { maxLeadBytes: 2_048 } });
    const [existing] = server.api.store.leads();
    const big = { contact: { firstName: "Big" }, customer: { notes: "x".repeat(4_000) }, tagNames: ["big-tag"] };
    const created = await createLead(server, big);
    expectProblem(created, 413);
    expect(created.json.detail).toContain("2048 bytes");
    expectProblem(await call(server, "PUT", `/leads/${existing!.id}`, { body: JSON.stringify({ ...wholeLead(), ...big }) }), 413);
    expect(server.api.store.leads()).toEqual([existing]);
    expect(server.api.store.tags().map((t) => t.name)).not.toContain("big-tag");
    expect((await createLead(server, { customer: { notes: "x".repeat(1_000) } })).status).toBe(201);
  });

  test("by default a stored lead is at most 32 KiB, so a 100-lead page stays a few MiB", async () => {
    const server = startInProcess();
    expectProblem(await createLead(server, { customer: { notes: "x".repeat(33 * 1024) } }), 413);
    expect((await createLead(server, { customer: { notes: "x".repeat(30 * 1024) } })).status).toBe(201);
  });

  test("a full tag catalogue answers 409 store-full, whether the tag is created directly or by name on a lead", async () => {
    const server = startInProcess({ limits: { maxTags: 2 } });
    expect((await call(server, "POST", "/tags", { body: JSON.stringify({ name: "one" }) })).status).toBe(201);
    expect((await call(server, "POST", "/tags", { body: JSON.stringify({ name: "two" }) })).status).toBe(201);
    expectProblem(await call(server, "POST", "/tags", { body: JSON.stringify({ name: "three" }) }), 409);
    expectProblem(await createLead(server, { tagNames: ["one", "three"] }), 409);
    expect(server.api.store.leads()).toEqual([]);
    // Existing names still resolve.
    expect((await createLead(server, { tagNames: ["ONE", "two"] })).status).toBe(201);
    expect(server.api.store.tags().map((t) => t.name)).toEqual(["one", "two"]);
  });

  test("the lead status catalog is bounded too: one more answers 409 store-full and adds nothing", async () => {
    const server = startInProcess({ limits: { maxLeadStatuses: 9 } });
    // The catalog starts with 8 statuses.
    expect((await call(server, "POST", "/lead-statuses", { body: JSON.stringify({ name: "Won" }) })).status).toBe(201);
    const full = await call(server, "POST", "/lead-statuses", { body: JSON.stringify({ name: "Lost again" }) });
    expectProblem(full, 409);
    expect(full.json.type).toBe("https://leadping.ai/problems/store-full");
    expect(server.api.store.leadStatuses()).toHaveLength(9);
  });
});
