// Redirect handling that needs no network: what a browser hands back for
// `redirect: "manual"`, and what the client asks fetch for.
import { describe, expect, it } from "vitest";
import { LeadpingRedirectError, createLeadpingClient } from "../../src/index.js";
import { json } from "../helpers/fake-fetch.js";
import { lead, wholeLead } from "../helpers/fixtures.js";

const baseUrl = "http://api.test";

/** What a browser's fetch resolves with for `redirect: "manual"`: status 0, no headers, type "opaqueredirect". */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperties(response, { status: { value: 0 }, ok: { value: false }, type: { value: "opaqueredirect" } });
  return response;
}

describe("redirects in a browser", () => {
  it("an opaque redirect fails with LeadpingRedirectError instead of resending blindly", async () => {
    let calls = 0;
    // Not scriptedFetch: its clones would lose the browser-only status and type.
    const lp = createLeadpingClient({
      apiKey: "sk",
      baseUrl,
      fetch: () => Promise.resolve(calls++ === 0 ? opaqueRedirect() : json(lead())),
    });
    const error = await lp.leads.update("lead_1", wholeLead({ enabled: false })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingRedirectError);
    expect(error).toMatchObject({ method: "PUT", path: "/leads/lead_1", status: 0 });
    expect((error as Error).message).toMatch(/baseUrl/);
    expect(calls).toBe(1);
  });

  it("asks fetch not to follow redirects itself", async () => {
    const seen: (RequestRedirect | undefined)[] = [];
    const lp = createLeadpingClient({
      apiKey: "sk",
      baseUrl,
      fetch: (_url, init) => (seen.push(init?.redirect), Promise.resolve(json(lead()))),
    });
    await lp.leads.get("lead_1");
    await lp.raw.GET("/tags");
    expect(seen).toEqual(["manual", "manual"]);
  });
});
