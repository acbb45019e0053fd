// Free-form fields (extra properties of `customer`, `contact`, …) are stored as
// sent. A body nested thousands of levels deep used to be stored and then
// broke every later read of the lead (500 forever). The depth is now checked
// before anything is stored: a 400 problem, no lead, no tag.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createMockApi } from "../../src/index.js";
import { SOURCE_KEY, call, expectProblem, startInProcess } from "../helpers.js";

/** A JSON text `depth` containers deep (the body itself is level 1), built without recursion. */
function nestedBody(depth: number, shape: (level: number) => "object" | "array" = () => "object"): string {
  let inner = '"bottom"';
  for (let level = depth; level >= 3; level--) inner = shape(level) === "array" ? `[${inner}]` : `{"k":${inner}}`;
  // The body is level 1 and `customer` level 2, so it must be an object.
  return `{"metadata":{},"contact":{"firstName":"Deep"},"tagIds":[],"tagNames":["deep-tag"],"customer":${depth >= 3 ? `{"k":${inner}}` : "{}"}}`;
}

describe("nesting depth of a request body", () => {
  test("a customer nested 4,100 levels deep is refused with 400 and nothing is stored", async () => {
    const server = startInProcess({ sampleLeads: 2 });
    const before = server.api.store.leads();
    const answer = await call(server, "POST", "/leads", { token: SOURCE_KEY, body: nestedBody(4_100) });
    expectProblem(answer, 400);
    expect(answer.json.errors).toEqual({ customer: ["is nested deeper than 32 levels"] });
    expect(server.api.store.leads()).toEqual(before);
    expect(server.api.store.tags().map((t) => t.name)).not.toContain("deep-tag");
    for (const lead of before) expect((await call(server, "GET", `/leads/${lead.id}`)).status).toBe(200);
    // The same guard on replace: the stored lead stays as it was.
    const target = before[0]!;
    expectProblem(await call(server, "PUT", `/leads/${target.id}`, { body: nestedBody(500) }), 400);
    expect(server.api.store.lead(target.id)).toEqual(target);
    expect((await call(server, "GET", `/leads/${target.id}`)).status).toBe(200);
  });

  test("the limit is configurable and counts the body itself as level 1", async () => {
    const server = startInProcess({ limits: { maxJsonDepth: 5 } });
    expect((await call(server, "POST", "/leads", { token: SOURCE_KEY, body: nestedBody(5) })).status).toBe(201);
    expectProblem(await call(server, "POST", "/leads", { token: SOURCE_KEY, body: nestedBody(6) }), 400);
  });

  test("fuzz: any depth and any mix of objects and arrays is stored exactly when within the limit", async () => {
    const maxJsonDepth = 32;
    const api = createMockApi({ strict: true, limits: { maxJsonDepth }, log: (m) => expect.fail(m) });
    const post = (body: string) =>
      api.fetch("http://leadping.mock/leads", {
        method: "POST",
        body,
        headers: { authorization: `Bearer ${SOURCE_KEY}`, "content-type": "application/json" },
      });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer({ min: 2, max: 64 }), fc.integer({ min: 65, max: 20_000 })),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }),
        async (depth, pattern) => {
          const stored = api.store.leads().length;
          const answer = await post(nestedBody(depth, (level) => (pattern[level % pattern.length] ? "array" : "object")));
          const accepted = depth <= maxJsonDepth;
          expect(answer.status, `depth ${depth}`).toBe(accepted ? 201 : 400);
          expect(api.store.leads()).toHaveLength(stored + (accepted ? 1 : 0));
          if (accepted)
            expect(
              (
                await api.fetch(`http://leadping.mock/leads/${((await answer.json()) as { id: string }).id}`, {
                  headers: { authorization: "Bearer x" },
                })
              ).status,
            ).toBe(200);
        },
      ),
      { numRuns: 300 },
    );
  });
});
