// openapi-fetch middleware runs once per call, around the retried transport,
// for resources and for lp.raw alike.
import { describe, expect, it } from "vitest";
import { LeadpingConnectionError, NotFoundError, createLeadpingClient } from "../../src/index.js";
import type { LeadpingClient, Middleware } from "../../src/index.js";
import { json, networkError, problem, scriptedFetch } from "../helpers/fake-fetch.js";
import { lead, wholeLead } from "../helpers/fixtures.js";
import { recordingClock } from "../helpers/clock.js";

const baseUrl = "http://api.test";

function tracing() {
  const events: string[] = [];
  const middleware: Middleware = {
    onRequest({ request, schemaPath }) {
      events.push(`request ${request.method} ${schemaPath}`);
      request.headers.set("x-traced", "yes");
      return request;
    },
    onResponse({ response }) {
      events.push(`response ${response.status}`);
      return undefined;
    },
    onError({ error }) {
      events.push(`error ${(error as Error).name}`);
      return undefined;
    },
  };
  return { events, middleware };
}

describe("middleware on resources", () => {
  it("a middleware that rewrites the URL changes neither a create's retry policy nor its credentials", async () => {
    // Such as routing through an internal gateway under a path prefix.
    const gateway: Middleware = {
      onRequest: ({ request }) => new Request(request.url.replace("api.test/", "api.test/gateway/"), request),
    };
    for (const run of [
      (lp: LeadpingClient) => lp.leads.create(wholeLead()),
      (lp: LeadpingClient) => lp.leads.createIntake({ firstName: "Ada" }),
      (lp: LeadpingClient) => lp.tags.create({ name: "Hot" }),
    ]) {
      const fetch = scriptedFetch(problem(503), json(lead(), 201));
      const lp = createLeadpingClient({
        apiKey: "sk",
        sourceKey: "lp_src",
        baseUrl,
        fetch,
        middleware: [gateway],
        clock: recordingClock(),
      });
      await expect(run(lp)).rejects.toMatchObject({ status: 503 });
      expect(fetch.calls).toHaveLength(1);
      expect(fetch.calls[0]!.url).toMatch(/^http:\/\/api\.test\/gateway\//);
    }
    const fetch = scriptedFetch(json(lead(), 201));
    const lp = createLeadpingClient({ sourceKey: "lp_src", baseUrl, fetch, middleware: [gateway] });
    await lp.leads.create(wholeLead());
    expect(fetch.calls[0]!.headers.authorization).toBe("Bearer lp_src");
  });

  it("sees every call once, can change the request, and retries stay inside", async () => {
    const { events, middleware } = tracing();
    const fetch = scriptedFetch(problem(503), json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch, middleware: [middleware], clock: recordingClock() });
    const result = await lp.leads.update("lead_1", wholeLead({ enabled: true }));
    expect(result.id).toBe("lead_1");
    expect(events).toEqual(["request PUT /leads/{id}", "response 200"]);
    expect(fetch.calls).toHaveLength(2);
    for (const call of fetch.calls) {
      expect(call.headers["x-traced"]).toBe("yes");
      expect(call.headers.authorization).toBe("Bearer sk");
      expect(JSON.parse(call.body!)).toEqual(wholeLead({ enabled: true }));
    }
  });

  it("errors still map to typed errors", async () => {
    const { middleware } = tracing();
    const fetch = scriptedFetch(problem(404, { detail: "no such lead" }));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch, middleware: [middleware] });
    const error = (await lp.leads.get("x").catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.detail).toBe("no such lead");
    expect(error.path).toBe("/leads/x");
  });

  it("onError sees what fetch threw after the retries are spent; the call still rejects typed", async () => {
    const { events, middleware } = tracing();
    const fetch = scriptedFetch(networkError("ECONNRESET"));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch, middleware: [middleware], clock: recordingClock() });
    await expect(lp.leads.get("lead_1")).rejects.toBeInstanceOf(LeadpingConnectionError);
    expect(events).toEqual(["request GET /leads/{id}", "error TypeError"]);
    expect(fetch.calls).toHaveLength(3);
  });

  it("a middleware can answer without any request", async () => {
    const fetch = scriptedFetch(json(lead("from_network")));
    const cache: Middleware = { onRequest: () => new Response(JSON.stringify(lead("cached")), { status: 200 }) };
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch, middleware: [cache] });
    await expect(lp.leads.get("lead_1")).resolves.toMatchObject({ id: "cached" });
    expect(fetch.calls).toHaveLength(0);
  });

  it("error.body is the server's text whether or not middleware is registered", async () => {
    const text = '{ "title": "Not Found",   "status": 404 }';
    for (const middleware of [[], [tracing().middleware]]) {
      const fetch = scriptedFetch(new Response(text, { status: 404, headers: { "content-type": "application/problem+json" } }));
      const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch, middleware });
      const error = (await lp.leads.get("x").catch((e: unknown) => e)) as NotFoundError;
      expect(error.body).toBe(text);
      expect(error.title).toBe("Not Found");
    }
  });

  it("per-call options reach the transport through middleware", async () => {
    const { middleware } = tracing();
    const fetch = scriptedFetch(problem(503), json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch, middleware: [middleware], clock: recordingClock() });
    await expect(lp.leads.get("lead_1", { maxRetries: 0, headers: { "X-Call": "1" } })).rejects.toMatchObject({ status: 503 });
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]!.headers["x-call"]).toBe("1");
  });
});

describe("lp.raw", () => {
  it("returns openapi-fetch's { data, error, response } with auth, retries and middleware", async () => {
    const { events, middleware } = tracing();
    const fetch = scriptedFetch(problem(502), json(lead()), problem(404, { title: "Not Found" }));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch, middleware: [middleware], clock: recordingClock() });
    const ok = await lp.raw.GET("/leads/{id}", { params: { path: { id: "lead_1" } } });
    expect(ok.data?.id).toBe("lead_1");
    expect(ok.response.status).toBe(200);
    const missing = await lp.raw.GET("/leads/{id}", { params: { path: { id: "nope" } } });
    expect(missing.data).toBeUndefined();
    expect(missing.error).toMatchObject({ title: "Not Found" });
    expect(fetch.calls.map((c) => c.headers.authorization)).toEqual(["Bearer sk", "Bearer sk", "Bearer sk"]);
    expect(events).toEqual(["request GET /leads/{id}", "response 200", "request GET /leads/{id}", "response 404"]);
  });

  it("middleware added later with lp.raw.use applies to raw calls", async () => {
    const fetch = scriptedFetch(json([]));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    const { events, middleware } = tracing();
    lp.raw.use(middleware);
    await lp.raw.GET("/tags", { params: { query: { includeArchived: true } } });
    expect(events).toEqual(["request GET /tags", "response 200"]);
    expect(fetch.calls[0]!.url).toBe("http://api.test/tags?includeArchived=true");
  });

  it("middleware added with lp.raw.use also sees resource calls", async () => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    const { events, middleware } = tracing();
    lp.raw.use(middleware);
    await lp.leads.get("lead_1");
    expect(events).toEqual(["request GET /leads/{id}", "response 200"]);
    expect(fetch.calls[0]!.headers["x-traced"]).toBe("yes");
  });

  it('a URL-rewriting middleware changes neither the credentials nor the retry policy of lp.raw.POST("/leads")', async () => {
    // The rewritten URL no longer names /leads: only the schema path can tell it is an intake create.
    const gateway: Middleware = {
      onRequest: ({ request }) => new Request(request.url.replace("api.test/leads", "api.test/gateway/v2/intake"), request),
    };
    const fetch = scriptedFetch(problem(503), json(lead(), 201));
    const lp = createLeadpingClient({
      apiKey: "sk_org",
      sourceKey: "lp_src",
      baseUrl,
      fetch,
      middleware: [gateway],
      clock: recordingClock(),
    });
    const { error, response } = await lp.raw.POST("/leads", { body: wholeLead() });
    expect(response.status).toBe(503);
    expect(error).toMatchObject({ status: 503 });
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]!.url).toBe("http://api.test/gateway/v2/intake");
    expect(fetch.calls[0]!.headers.authorization).toBe("Bearer lp_src");
  });

  it("takes the policy of the called operation even when the URL looks like another one", async () => {
    // GET /leads/{id} with the id "intake" must stay an organization read, retried on 503.
    const fetch = scriptedFetch(problem(503), json(lead("intake")));
    const lp = createLeadpingClient({ apiKey: "sk_org", sourceKey: "lp_src", baseUrl, fetch, clock: recordingClock() });
    const { data } = await lp.raw.GET("/leads/{id}", { params: { path: { id: "intake" } } });
    expect(data?.id).toBe("intake");
    expect(fetch.calls.map((c) => c.headers.authorization)).toEqual(["Bearer sk_org", "Bearer sk_org"]);
  });

  it("a raw call's signal aborts it as AbortError", async () => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    await expect(lp.raw.GET("/leads/{id}", { params: { path: { id: "a" } }, signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(fetch.calls).toHaveLength(0);
  });
});
