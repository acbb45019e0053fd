// The browser build (dist/index.browser.mjs) swaps redirects.ts for
// redirects.browser.ts: the same client, with every redirect refused.
import { describe, expect, it, vi } from "vitest";
import { LeadpingRedirectError, createLeadpingClient } from "../../src/index.js";
import { json } from "../helpers/fake-fetch.js";
import { lead, wholeLead } from "../helpers/fixtures.js";

vi.mock("../../src/redirects.js", () => import("../../src/redirects.browser.js"));

const baseUrl = "http://api.test";

/** What a browser's fetch resolves with for `redirect: "manual"`: status 0, no headers, type "opaqueredirect". */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperties(response, { status: { value: 0 }, ok: { value: false }, type: { value: "opaqueredirect" } });
  return response;
}

function countingFetch(first: () => Response) {
  const seen: RequestInit[] = [];
  const fetch = (_url: string | URL | Request, init?: RequestInit) => {
    seen.push(init!);
    return Promise.resolve(seen.length === 1 ? first() : json(lead()));
  };
  return { fetch, seen };
}

describe("redirects in the browser build", () => {
  it("an opaque redirect fails with LeadpingRedirectError, and nothing is resent", async () => {
    const { fetch, seen } = countingFetch(opaqueRedirect);
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    const error = await lp.leads.update("lead_1", wholeLead({ enabled: false })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingRedirectError);
    expect(error).toMatchObject({ method: "PUT", path: "/leads/lead_1", status: 0 });
    expect((error as Error).message).toMatch(/baseUrl/);
    expect(seen).toHaveLength(1);
  });

  it("a 3xx with Location (a fetch that shows it) is refused, not followed, even to the same origin", async () => {
    const { fetch, seen } = countingFetch(() => new Response(null, { status: 307, headers: { location: `${baseUrl}/leads/lead_2` } }));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    const error = await lp.raw.GET("/leads/{id}", { params: { path: { id: "lead_1" } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingRedirectError);
    expect(error).toMatchObject({ method: "GET", path: "/leads/lead_1", status: 307 });
    expect(seen).toHaveLength(1);
  });

  it("asks fetch not to follow redirects itself, and passes other answers through", async () => {
    const { fetch, seen } = countingFetch(() => json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    await expect(lp.leads.get("lead_1")).resolves.toMatchObject({ id: lead().id });
    expect(seen.map((init) => init.redirect)).toEqual(["manual"]);
  });
});
