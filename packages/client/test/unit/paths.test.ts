// Path parameters can never change which path is requested: not on the fast
// path, not through middleware, not on the raw client.
import { describe, expect, it } from "vitest";
import { LeadpingError, createLeadpingClient } from "../../src/index.js";
import type { Middleware } from "../../src/index.js";
import { json, scriptedFetch } from "../helpers/fake-fetch.js";
import { lead, wholeLead } from "../helpers/fixtures.js";

const passThrough: Middleware = { onRequest: () => undefined };

const hostile = [
  { id: "../admin", path: "/leads/..%2Fadmin" },
  { id: "a/b?c=1", path: "/leads/a%2Fb%3Fc%3D1" },
  { id: "%2e%2e", path: "/leads/%252e%252e" },
  { id: "%2E%2E/tags", path: "/leads/%252E%252E%2Ftags" },
  { id: "a#frag", path: "/leads/a%23frag" },
  { id: "..\\admin", path: "/leads/..%5Cadmin" },
  { id: "...", path: "/leads/..." },
  { id: " x ", path: "/leads/%20x%20" },
];

describe.each([
  { mode: "no middleware (prepared request)", middleware: [] },
  { mode: "through middleware", middleware: [passThrough] },
])("path encoding, $mode", ({ middleware }) => {
  it.each(hostile)("GET /leads/{id} with id=$id stays one segment", async ({ id, path }) => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk_test", baseUrl: "http://api.test/v1", fetch, middleware });
    await lp.leads.get(id);
    const url = new URL(fetch.calls[0]!.url);
    expect(url.pathname).toBe(`/v1${path}`);
    expect(url.search).toBe("");
    expect(url.hash).toBe("");
  });

  it.each([".", "..", ""])("rejects id %j before sending anything", async (id) => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk_test", baseUrl: "http://api.test", fetch, middleware });
    await expect(lp.leads.update(id, wholeLead())).rejects.toBeInstanceOf(LeadpingError);
    await expect(lp.leads.tags.remove("lead_1", id)).rejects.toThrow(/tagId/);
    expect(fetch.calls).toHaveLength(0);
  });

  it("encodes both parameters of /leads/{id}/tags/{tagId}", async () => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk_test", baseUrl: "http://api.test", fetch, middleware });
    await lp.leads.tags.remove("../x", "y/../../z");
    expect(new URL(fetch.calls[0]!.url).pathname).toBe("/leads/..%2Fx/tags/y%2F..%2F..%2Fz");
  });
});

describe("path encoding on lp.raw", () => {
  it("uses the same encoder as the resources", async () => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk_test", baseUrl: "http://api.test", fetch });
    await lp.raw.GET("/leads/{id}", { params: { path: { id: "../admin?x=1" } } });
    const url = new URL(fetch.calls[0]!.url);
    expect(url.pathname).toBe("/leads/..%2Fadmin%3Fx%3D1");
    expect(url.search).toBe("");
  });
  it("rejects dot segments", async () => {
    const fetch = scriptedFetch(json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk_test", baseUrl: "http://api.test", fetch });
    await expect(lp.raw.GET("/leads/{id}", { params: { path: { id: ".." } } })).rejects.toBeInstanceOf(LeadpingError);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe("query serialization", () => {
  it("explodes arrays and encodes values like openapi-fetch", async () => {
    const fetch = scriptedFetch(json({ items: [], pageSize: 25, continuationToken: null }));
    const lp = createLeadpingClient({ apiKey: "sk_test", baseUrl: "http://api.test", fetch });
    await lp.leads.list({ tagIds: ["a&b", "c"], archiveFilter: "all", untagged: false, search: "x" });
    const url = new URL(fetch.calls[0]!.url);
    expect(url.searchParams.getAll("tagIds")).toEqual(["a&b", "c"]);
    expect(url.searchParams.get("archiveFilter")).toBe("all");
    expect(url.searchParams.get("untagged")).toBe("false");
    expect(url.searchParams.has("search")).toBe(false);
  });
});
