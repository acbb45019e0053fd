// Redirect handling that needs no network: what a browser hands back for
// `redirect: "manual"`, and what the client asks fetch for.
import { describe, expect, it } from "vitest";
import { LeadpingRedirectError, createLeadpingClient } from "../../src/index.js";
import { json, scriptedFetch } from "../helpers/fake-fetch.js";
import { lead } from "../helpers/fixtures.js";

const baseUrl = "http://api.test";

/** What a browser's fetch resolves with for `redirect: "manual"`: status 0, no headers, type "opaqueredirect". */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperties(response, { status: { value: 0 }, ok: { value: false }, type: { value: "opaqueredirect" } });
  return response;
}

describe("redirects in a browser", () => {
  it("an opaque redirect fails with LeadpingRedirectError instead of resending blindly", async () => {
    const fetch = scriptedFetch(opaqueRedirect, json(lead()));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    const error = await lp.leads.update("lead_1", { enabled: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingRedirectError);
    expect(error).toMatchObject({ method: "PUT", path: "/leads/lead_1" });
    expect((error as Error).message).toMatch(/baseUrl/);
    expect(fetch.calls).toHaveLength(1);
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
