// A lead body must be whole (issue 20): PUT replaces every writable field, so a partial
// body would clear what it leaves out. The bundled contract requires metadata, contact,
// customer, tagIds and tagNames on POST /leads and PUT /leads/{id}; the local API refuses
// a body without them with a 400 problem naming each missing field, and changes nothing.
import { describe, expect, test } from "vitest";
import { SOURCE_KEY, call, expectProblem, startStrict } from "../helpers.js";

const REQUIRED = ["metadata", "contact", "customer", "tagIds", "tagNames"] as const;
const whole = {
  metadata: { utmSource: "google" },
  contact: { firstName: "Ada", email: "ada@example.com" },
  customer: { income: 85000 },
  tagIds: [],
  tagNames: ["Hot"],
};

describe("lead bodies carry every required group", () => {
  test.each(REQUIRED)("POST /leads without %s is a 400 and creates nothing", async (field) => {
    const server = await startStrict();
    const { [field]: _left, ...partial } = whole;
    const answer = await call(server.url, "POST", "/leads", { token: SOURCE_KEY, body: JSON.stringify(partial) });
    expectProblem(answer, 400);
    expect(JSON.stringify(answer.json.errors)).toContain(field);
    expect(server.api.store.leads()).toEqual([]);
  });

  test.each(REQUIRED)("PUT /leads/{id} without %s is a 400 and leaves the lead as it was", async (field) => {
    const server = await startStrict();
    const created = await call(server.url, "POST", "/leads", { token: SOURCE_KEY, body: JSON.stringify(whole) });
    expect(created.status).toBe(201);
    const path = `/leads/${created.json.id as string}`;
    const before = (await call(server.url, "GET", path)).json;
    const { [field]: _left, ...partial } = whole;
    expectProblem(await call(server.url, "PUT", path, { body: JSON.stringify({ ...partial, enabled: false }) }), 400);
    expect((await call(server.url, "GET", path)).json).toEqual(before);
  });

  test("the issue's wiping call, a contact-only PUT, is refused", async () => {
    const server = await startStrict();
    const created = await call(server.url, "POST", "/leads", { token: SOURCE_KEY, body: JSON.stringify(whole) });
    const path = `/leads/${created.json.id as string}`;
    const answer = await call(server.url, "PUT", path, { body: JSON.stringify({ contact: { email: "new@example.com" } }) });
    expectProblem(answer, 400);
    expect(Object.keys(answer.json.errors as object).sort()).toEqual(["customer", "metadata", "tagIds", "tagNames"]);
    expect((await call(server.url, "GET", path)).json.contact.firstName).toBe("Ada");
  });

  test("a whole body is accepted on both", async () => {
    const server = await startStrict();
    const created = await call(server.url, "POST", "/leads", { token: SOURCE_KEY, body: JSON.stringify(whole) });
    expect(created.status).toBe(201);
    const put = await call(server.url, "PUT", `/leads/${created.json.id as string}`, { body: JSON.stringify({ ...whole, tagNames: [] }) });
    expect(put.status).toBe(200);
    expect(put.json.tags).toEqual([]);
  });
});
