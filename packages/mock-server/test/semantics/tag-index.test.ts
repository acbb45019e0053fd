// Tags are found by normalized name through an index, not a scan of every tag
// (28,599 tags used to cut throughput by a third). The index must follow
// creates, renames and resets.
import { describe, expect, test } from "vitest";
import { createMockApi } from "../../src/index.js";
import { LeadState } from "../../src/domain/store.js";
import { ORG_TOKEN, wholeLead } from "../helpers.js";

describe("tag index", () => {
  test("finding a tag by name does not walk the tag list", () => {
    const state = new LeadState(1);
    for (let i = 0; i < 2_000; i++) state.insertTag(`Tag ${i}`, null, "2026-01-01T00:00:00Z");
    const scan = () => {
      throw new Error("findTagByName walked every tag");
    };
    Object.assign(state.tagsById, { values: scan, entries: scan, keys: scan, forEach: scan, [Symbol.iterator]: scan });
    expect(state.findTagByName("  TAG 1234 ")?.name).toBe("Tag 1234");
    expect(state.findTagByName("tag 2000")).toBeUndefined();
  });

  test("follows renames and resets", async () => {
    const api = createMockApi({ strict: true, log: (m) => expect.fail(m) });
    const send = (method: string, path: string, body?: unknown) =>
      api.fetch(`http://leadping.mock${path}`, {
        method,
        headers: { authorization: `Bearer ${ORG_TOKEN}`, "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const hot = (await (await send("POST", "/tags", { name: "Hot" })).json()) as { id: string };
    expect((await send("PUT", `/tags/${hot.id}`, { name: " Cold " })).status).toBe(200);
    expect((await send("POST", "/tags", { name: "COLD" })).status).toBe(400);
    expect((await send("POST", "/tags", { name: "hot" })).status).toBe(201);
    const lead = (await (await send("POST", "/leads", wholeLead({ tagNames: ["cold"] }))).json()) as { tags: { id: string }[] };
    expect(lead.tags.map((t) => t.id)).toEqual([hot.id]);
    // Renaming a tag to another spelling of its own name keeps it findable.
    expect((await send("PUT", `/tags/${hot.id}`, { name: "COLD" })).status).toBe(200);
    expect((await send("POST", "/tags", { name: "cold" })).status).toBe(400);
    api.reset();
    expect((await send("POST", "/tags", { name: "Cold" })).status).toBe(201);
  });
});
