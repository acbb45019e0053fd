// GET /leads/intake: a lead from query parameters, for senders that can only make GET
// requests. It must never be routed to GET /leads/{id} with the id "intake".
import { describe, expect, test } from "vitest";
import { ORG_TOKEN, SOURCE_KEY, call, clientFor, expectProblem, startInProcess } from "../helpers.js";

const auth = { bearerTokens: [ORG_TOKEN], sourceKeys: [SOURCE_KEY] };

describe("GET /leads/intake", () => {
  test("creates a lead from the query, numbers as numbers, through the client", async () => {
    const server = startInProcess({ auth });
    const lp = clientFor(server);
    const lead = await lp.leads.createIntakeFromQuery({
      FirstName: "Linus",
      LastName: "Torvalds",
      Email: "linus@example.com",
      Price: 12.5,
      Zip: "78701",
      TagNames: ["Web form"],
    });
    expect(lead).toMatchObject({
      contact: { firstName: "Linus", lastName: "Torvalds", email: "linus@example.com" },
      metadata: { price: 12.5 },
    });
    expect(lead.tags.map((t) => t.name)).toEqual(["Web form"]);
    expect(server.api.store.leads().map((l) => l.id)).toEqual([lead.id]);
    expect(server.api.store.leadEvents(lead.id).map((e) => e.eventType)).toEqual(["lead.created"]);
  });

  test("numbers in the query go out as JSON numbers, not strings", async () => {
    const server = startInProcess({ auth });
    const answer = await call(server, "GET", "/leads/intake?FirstName=Ada&Price=9.50&DirectPostPrice=3", { token: SOURCE_KEY });
    expect(answer.status).toBeLessThan(300);
    expect(answer.text).toMatch(/"price":9\.5[,}]/);
    expect(answer.json.metadata.directPostPrice).toBe(3);
    expectProblem(await call(server, "GET", "/leads/intake?FirstName=Ada&Price=cheap", { token: SOURCE_KEY }), 400);
    expect(server.api.store.leads()).toHaveLength(1);
  });

  test("is the intake route, not GET /leads/{id}: it takes source credentials and refuses the organization's", async () => {
    const server = startInProcess({ auth, sampleLeads: 1 });
    // GET /leads/{id} with id "intake" would answer 404 to the organization token; intake refuses it with 403.
    const organization = await call(server, "GET", "/leads/intake?FirstName=Ada", { token: ORG_TOKEN });
    expectProblem(organization, 403);
    expect(server.api.store.leads()).toHaveLength(1);
    expect((await call(server, "GET", "/leads/intake?FirstName=Ada", { token: SOURCE_KEY })).status).toBeLessThan(300);
    expect(server.api.store.leads()).toHaveLength(2);
    // The neighbouring template still routes.
    expect((await call(server, "GET", `/leads/${server.api.store.leads()[0]!.id}`)).status).toBe(200);
    expectProblem(await call(server, "GET", "/leads/intake2"), 404);
  });

  test("takes the pair of source headers, as a GET-only sender sends them", async () => {
    const server = startInProcess({ auth: { sources: [{ id: "src_1", key: "source-secret" }] } });
    const answer = await call(server, "GET", "/leads/intake?Email=grace%40example.com", {
      token: null,
      headers: { "x-leadping-source-id": "src_1", "x-leadping-source-key": "source-secret" },
    });
    expect(answer.status).toBeLessThan(300);
    expect(answer.json.contact.email).toBe("grace@example.com");
  });
});
