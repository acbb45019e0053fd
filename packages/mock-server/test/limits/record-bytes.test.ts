// Every stored record is bounded in bytes, not only leads: a tag's colour and
// description, a lead status's fields, a status change (100 kept per lead) and
// a lead's archive context each accepted about 1 MiB, and 3 leads × 100 status
// changes of 900 KiB held 283 MiB. Real HTTP on 127.0.0.1, strict mode.
import { describe, expect, test } from "vitest";
import { SOURCE_KEY, call, expectProblem, startStrict, wholeLead } from "../helpers.js";

const json = (body: unknown) => ({ body: JSON.stringify(body) });
const bigText = "x".repeat(900 * 1024);

async function leadIn(url: string): Promise<string> {
  const created = await call(url, "POST", "/leads", { token: SOURCE_KEY, ...json(wholeLead({ contact: { firstName: "Ada" } })) });
  return created.json.id as string;
}

describe("record byte bounds", () => {
  test("a tag colour is at most 9 characters (the contract's maxLength), on create and update", async () => {
    const server = await startStrict();
    const refused = await call(server.url, "POST", "/tags", json({ name: "Hot", color: "#ef4444ff0" }));
    expectProblem(refused, 400);
    expect(Object.keys(refused.json.errors)).toEqual(["color"]);
    const created = await call(server.url, "POST", "/tags", json({ name: "Hot", color: "#ef4444ff" }));
    expect(created.status).toBe(201);
    const cssAttack = "red;position:fixed;inset:0;background:url(https://evil.example/x)";
    expectProblem(await call(server.url, "PUT", `/tags/${created.json.id}`, json({ color: cssAttack })), 400);
    expect(server.api.store.tags().map((t) => t.color)).toEqual(["#ef4444ff"]);
  });

  test("a tag description of 900 KiB answers 400 naming it, and nothing is stored or changed", async () => {
    const server = await startStrict();
    const refused = await call(server.url, "POST", "/tags", json({ name: "Big", description: bigText }));
    expectProblem(refused, 400);
    expect(refused.json.errors).toEqual({ description: [expect.stringContaining("4096 bytes")] });
    expect(server.api.store.tags()).toEqual([]);
    const tag = await call(server.url, "POST", "/tags", json({ name: "Small", description: "d".repeat(3_000) }));
    expect(tag.status).toBe(201);
    expectProblem(await call(server.url, "PUT", `/tags/${tag.json.id}`, json({ description: bigText })), 400);
    expect(server.api.store.tags()[0]!.description).toBe("d".repeat(3_000));
  });

  test("lead-status fields are bounded: a long colour or a 900 KiB name answers 400", async () => {
    const server = await startStrict();
    const colour = await call(server.url, "POST", "/lead-statuses", json({ name: "Hot", color: "x".repeat(10) }));
    expect(Object.keys(colour.json.errors)).toEqual(["color"]);
    const name = await call(server.url, "POST", "/lead-statuses", json({ name: bigText }));
    expectProblem(name, 400);
    expect(Object.keys(name.json.errors)).toEqual(["name"]);
    const listed = await call(server.url, "GET", "/lead-statuses");
    expect(listed.text.length).toBeLessThan(64 * 1024);
  });

  test("status changes of 900 KiB are refused on set and on correction; the largest field is named", async () => {
    const server = await startStrict();
    const leadId = await leadIn(server.url);
    const set = await call(
      server.url,
      "PUT",
      `/leads/${leadId}/status`,
      json({ type: "disposition", outcome: "contacted", notes: bigText }),
    );
    expectProblem(set, 400);
    expect(Object.keys(set.json.errors)).toEqual(["notes"]);
    expect(server.api.store.statusHistory(leadId)).toEqual([]);
    const ok = await call(server.url, "PUT", `/leads/${leadId}/status`, json({ type: "disposition", outcome: "contacted" }));
    const corrected = await call(
      server.url,
      "PUT",
      `/lead-status-changes/${ok.json.id}`,
      json({ type: "disposition", outcome: "contacted", reason: bigText }),
    );
    expect(Object.keys(corrected.json.errors)).toEqual(["reason"]);
    expect(server.api.store.statusHistory(leadId)[0]!.reason).toBeNull();
  });

  test("100 rounds of a 900 KiB change and a largest accepted one keep the history export near 1 MiB, not 176 MiB", async () => {
    const server = await startStrict();
    const leadId = await leadIn(server.url);
    // The largest notes that still fit in 4096 bytes of JSON with the other fields.
    const notes = "n".repeat(4_000);
    const change = (text: string) =>
      call(server.url, "PUT", `/leads/${leadId}/status`, json({ type: "disposition", outcome: "contacted", notes: text }));
    for (let i = 0; i < 100; i++) {
      expect((await change(bigText)).status).toBe(400);
      expect((await change(notes)).status).toBe(200);
    }
    const exported = await call(server.url, "GET", `/leads/${leadId}/status-history/export`);
    expect(exported.status).toBe(200);
    // Notes appear twice (CSV and JSON rows): 100 × 2 × 4,000 bytes plus the other fields.
    expect(exported.text.length).toBeLessThan(1.2 * 1024 * 1024);
  });

  test("limits.maxRecordBytes sets the bound", async () => {
    const server = await startStrict({ limits: { maxRecordBytes: 256 } });
    expectProblem(await call(server.url, "POST", "/tags", json({ name: "T", description: "d".repeat(300) })), 400);
    expect((await call(server.url, "POST", "/tags", json({ name: "T", description: "d".repeat(200) }))).status).toBe(201);
  });
});
