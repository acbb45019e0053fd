import { describe, expect, it } from "vitest";
import { AuthenticationError, LeadpingError, createLeadpingClient } from "../../src/index.js";
import { json, problem, scriptedFetch } from "../helpers/fake-fetch.js";
import { lead, tag, wholeLead } from "../helpers/fixtures.js";
import { recordingClock } from "../helpers/clock.js";

const baseUrl = "http://api.test";

describe("organization operations", () => {
  it("send the API key as a bearer token, never in the URL", async () => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk_live_123", baseUrl, fetch });
    await lp.leads.get("lead_1");
    expect(fetch.calls[0]!.headers.authorization).toBe("Bearer sk_live_123");
    expect(fetch.calls[0]!.url).not.toContain("sk_live_123");
    expect(fetch.calls[0]!.headers["x-leadping-source-key"]).toBeUndefined();
  });

  it("call a key function before every request and every retry, so keys rotate", async () => {
    let n = 0;
    const fetch = scriptedFetch(problem(503), json(lead()), json(tag()));
    const lp = createLeadpingClient({ apiKey: () => Promise.resolve(`sk_${++n}`), baseUrl, fetch, clock: recordingClock() });
    await lp.leads.get("lead_1");
    await lp.tags.update("tag_hot", { name: "Hot" });
    expect(fetch.calls.map((c) => c.headers.authorization)).toEqual(["Bearer sk_1", "Bearer sk_2", "Bearer sk_3"]);
  });

  it("fail before sending when no API key is configured", async () => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ sourceKey: "lp_src_1", baseUrl, fetch });
    await expect(lp.leads.get("lead_1")).rejects.toThrow(/apiKey/);
    expect(fetch.calls).toHaveLength(0);
  });

  it("reject a key function that resolves to nothing", async () => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: () => "", baseUrl, fetch });
    await expect(lp.leads.get("lead_1")).rejects.toBeInstanceOf(LeadpingError);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe("intake operations", () => {
  it("send the source key as a bearer token on create and createIntake", async () => {
    const fetch = scriptedFetch(json(lead(), 201));
    const lp = createLeadpingClient({ apiKey: "sk_org", sourceKey: "lp_src_key", baseUrl, fetch });
    await lp.leads.create(wholeLead({ metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { firstName: "Ada" } }));
    await lp.leads.createIntake({ firstName: "Grace" });
    for (const call of fetch.calls) {
      expect(call.headers.authorization).toBe("Bearer lp_src_key");
      expect(call.headers["x-leadping-source-id"]).toBeUndefined();
    }
  });

  it("send the X-Leadping-Source-Id/-Key pair when sourceId is set", async () => {
    const fetch = scriptedFetch(json(lead(), 201));
    const lp = createLeadpingClient({ apiKey: "sk_org", sourceId: "src_9", sourceKey: () => "lp_src_key", baseUrl, fetch });
    await lp.leads.createIntake({ firstName: "Grace" });
    const { headers } = fetch.calls[0]!;
    expect(headers["x-leadping-source-id"]).toBe("src_9");
    expect(headers["x-leadping-source-key"]).toBe("lp_src_key");
    expect(headers.authorization).toBeUndefined();
  });

  it("fail before sending without a source key", async () => {
    const fetch = scriptedFetch(json(lead(), 201));
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl, fetch });
    await expect(lp.leads.create(wholeLead())).rejects.toThrow(/sourceKey/);
    expect(fetch.calls).toHaveLength(0);
  });

  it("apply to lp.raw by operation: POST /leads is intake, POST /leads/{id}/archive is not", async () => {
    const fetch = scriptedFetch(json(lead(), 201));
    const lp = createLeadpingClient({ apiKey: "sk_org", sourceKey: "lp_src_key", baseUrl: `${baseUrl}/v2`, fetch });
    await lp.raw.POST("/leads", { body: wholeLead() });
    await lp.raw.POST("/leads/intake", { body: {} });
    await lp.raw.POST("/leads/{id}/archive", { params: { path: { id: "intake" } }, body: {} });
    expect(fetch.calls.map((c) => c.headers.authorization)).toEqual(["Bearer lp_src_key", "Bearer lp_src_key", "Bearer sk_org"]);
  });
});

describe("headers", () => {
  it("client and per-call headers are sent; explicit ones override computed ones case-insensitively", async () => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl, fetch, headers: { "X-App": "crm" } });
    await lp.leads.update("lead_1", wholeLead(), { headers: { Authorization: "Bearer user_token", "X-Request-Id": "r1" } });
    const { headers } = fetch.calls[0]!;
    expect(headers["x-app"]).toBe("crm");
    expect(headers["x-request-id"]).toBe("r1");
    expect(headers.authorization).toBe("Bearer user_token");
    expect(headers["content-type"]).toBe("application/json");
  });

  it("ask for JSON on every call, resources and lp.raw, with and without middleware", async () => {
    for (const middleware of [[], [{ onRequest: () => undefined }]]) {
      const fetch = scriptedFetch(json(lead()));
      const lp = createLeadpingClient({ apiKey: "sk_org", sourceKey: "lp_src", baseUrl, fetch, middleware });
      await lp.leads.get("lead_1");
      await lp.leads.create(wholeLead());
      await lp.raw.GET("/tags");
      await lp.leads.get("lead_1", { headers: { Accept: "application/problem+json" } });
      expect(fetch.calls.map((c) => c.headers.accept)).toEqual([
        "application/json",
        "application/json",
        "application/json",
        "application/problem+json",
      ]);
    }
  });

  it("401 surfaces as AuthenticationError with WWW-Authenticate readable", async () => {
    const fetch = scriptedFetch(problem(401, { detail: "bad key" }, { "www-authenticate": 'Bearer error="invalid_token"' }));
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl, fetch });
    const error: unknown = await lp.leads.get("lead_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).headers.get("www-authenticate")).toContain("invalid_token");
    expect(fetch.calls).toHaveLength(1);
  });
});

describe("redaction with a fresh credential per request", () => {
  const CALLS = 100;

  /** A client whose key function mints a new token per attempt, against a server that echoes it in a 401 once all calls arrived. */
  function echoingClient() {
    let minted = 0;
    let release: () => void = () => undefined;
    const allArrived = new Promise<void>((resolve) => (release = resolve));
    const fetch = scriptedFetch(async (call) => {
      if (fetch.calls.length === CALLS) release();
      await allArrived;
      const sent = call.headers.authorization!;
      return problem(401, { detail: `rejected ${sent}` }, { "x-echo": sent });
    });
    const lp = createLeadpingClient({ apiKey: () => `sk_fresh_${++minted}_token`, baseUrl, fetch, maxRetries: 0 });
    return lp;
  }

  it("keeps every concurrent call's own key out of its error, even when more keys are in flight than are remembered", async () => {
    const lp = echoingClient();
    const errors = await Promise.all(Array.from({ length: CALLS }, () => lp.leads.get("lead_1").catch((e: unknown) => e)));
    for (const error of errors) {
      expect(error).toBeInstanceOf(AuthenticationError);
      const { message, body, headers } = error as AuthenticationError;
      expect(`${message} ${body} ${headers.get("x-echo")}`).not.toMatch(/sk_fresh/);
      expect(message).toContain("rejected Bearer [redacted]");
    }
  });

  it("keeps it out of the error body of an lp.raw call too", async () => {
    const lp = echoingClient();
    const results = await Promise.all(
      Array.from({ length: CALLS }, () => lp.raw.GET("/leads/{id}", { params: { path: { id: "lead_1" } } })),
    );
    for (const { response, error } of results) {
      expect(response.status).toBe(401);
      expect(`${JSON.stringify(error)} ${response.headers.get("x-echo")}`).not.toMatch(/sk_fresh/);
    }
  });
});
