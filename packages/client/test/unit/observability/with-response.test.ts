// `.withResponse()` on a resource call: the body plus status, headers and the
// trace id sent, without lp.raw; the plain promise behaves as before.
import { describe, expect, it } from "vitest";
import { NotFoundError, createLeadpingClient } from "../../../src/index.js";
import type { Middleware } from "../../../src/index.js";
import { json, problem, scriptedFetch } from "../../helpers/fake-fetch.js";
import type { Answer } from "../../helpers/fake-fetch.js";
import { lead, wholeLead } from "../../helpers/fixtures.js";

function client(answers: Answer[], middleware: Middleware[] = []) {
  const fetch = scriptedFetch(...answers);
  return { fetch, lp: createLeadpingClient({ apiKey: "sk_org", baseUrl: "http://api.test", fetch, middleware, maxRetries: 0 }) };
}

describe("withResponse", () => {
  it("resolve with the parsed body, status and headers", async () => {
    const { lp } = client([json(lead("lead_7"), 200, { etag: '"v3"' })]);
    const { data, response, traceId } = await lp.leads.get("lead_7").withResponse();
    expect(data).toMatchObject({ id: "lead_7" });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get("etag")).toBe('"v3"');
    expect(traceId).toBeUndefined();
  });

  it("give the final response after a retry", async () => {
    const fetch = scriptedFetch(problem(503), json(lead(), 200, { "x-attempt": "2" }));
    const lp = createLeadpingClient({
      apiKey: "sk_org",
      baseUrl: "http://api.test",
      fetch,
      clock: { now: Date.now, sleep: () => Promise.resolve() },
    });
    const { response } = await lp.leads.get("lead_1").withResponse();
    expect(response.headers.get("x-attempt")).toBe("2");
  });

  it("report the trace id of a traceparent header the caller sent", async () => {
    const { lp } = client([json(lead())]);
    const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    const { traceId } = await lp.leads.get("lead_1", { headers: { traceparent } }).withResponse();
    expect(traceId).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
  });

  it("give 204 calls an undefined body and the status", async () => {
    const { lp } = client([new Response(null, { status: 204 })]);
    const { data, response } = await lp.leads.delete("lead_1").withResponse();
    expect(data).toBeUndefined();
    expect(response.status).toBe(204);
  });

  it("reject with the call's typed error, and leave no unhandled rejection behind", async () => {
    const { lp } = client([problem(404, { traceId: "00-abc-def-01" })]);
    const failure = await lp.leads
      .get("missing")
      .withResponse()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotFoundError);
    expect(failure).toMatchObject({ status: 404, traceId: "00-abc-def-01" });
  });

  it("give the response middleware returned", async () => {
    const stamp: Middleware = {
      onResponse: ({ response }) => new Response(response.body, { status: response.status, headers: { "x-stamped": "yes" } }),
    };
    const { lp } = client([json(lead())], [stamp]);
    const { data, response } = await lp.leads.get("lead_1").withResponse();
    expect(data).toMatchObject({ id: "lead_1" });
    expect(response.headers.get("x-stamped")).toBe("yes");
  });

  it("leave the plain promise a native Promise that resolves with the body", async () => {
    const { lp } = client([json(lead("lead_2"))]);
    const pending = lp.leads.get("lead_2");
    expect(pending).toBeInstanceOf(Promise);
    expect(pending.constructor).toBe(Promise);
    await expect(pending).resolves.toMatchObject({ id: "lead_2" });
  });

  it("exist on every resource method that returns one call's result", () => {
    const { lp } = client([json({})]);
    const pending = [
      lp.leads.create(wholeLead()),
      lp.leads.createIntake({}),
      lp.leads.get("a"),
      lp.leads.update("a", wholeLead()),
      lp.leads.delete("a"),
      lp.leads.archive("a"),
      lp.leads.unarchive("a"),
      lp.leads.list(),
      lp.leads.tags.add("a", { tagIds: ["t"], tagNames: [] }),
      lp.leads.tags.replace("a", { tagIds: ["t"], tagNames: [] }),
      lp.leads.tags.remove("a", "t"),
      lp.leads.status.set("a", { outcome: "contacted", type: "disposition" }),
      lp.leads.status.history("a"),
      lp.tags.list(),
      lp.tags.create({ name: "n" }),
      lp.tags.update("t", { name: "n" }),
      lp.tags.archive("t"),
    ];
    for (const call of pending) {
      expect(typeof call.withResponse).toBe("function");
      call.catch(() => undefined);
    }
  });
});
