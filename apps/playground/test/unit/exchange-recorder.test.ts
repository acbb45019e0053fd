import { describe, expect, it } from "vitest";
import { recordExchanges, type Exchange } from "../../src/shared/exchange-recorder.js";

function ticking(): () => number {
  let now = 0;
  return () => (now += 5);
}

describe("recordExchanges", () => {
  it("records method, path below the base, bodies and status, and leaves the response readable", async () => {
    const seen: Exchange[] = [];
    const fetch = recordExchanges({
      basePath: "/api/",
      now: ticking(),
      onExchange: (exchange) => seen.push(exchange),
      fetch: async (input) => {
        const request = input as Request;
        return new Response(JSON.stringify({ echoed: await request.text() }), {
          status: 201,
          headers: { "content-type": "application/json" },
        });
      },
    });
    const response = await fetch("http://playground.local/api/leads?x=1", {
      method: "post",
      body: '{"a":1}',
      headers: { authorization: "Bearer sk_secret", "content-type": "application/json" },
    });
    expect(await response.json()).toEqual({ echoed: '{"a":1}' });
    expect(seen).toHaveLength(1);
    const [exchange] = seen as [Exchange];
    expect(exchange).toMatchObject({
      method: "POST",
      path: "/leads?x=1",
      requestBody: '{"a":1}',
      status: 201,
      failure: null,
      durationMs: 5,
    });
    expect(exchange.responseBody).toBe(JSON.stringify({ echoed: '{"a":1}' }));
    expect(exchange.requestHeaders["authorization"]).toBe("[redacted]");
    expect(JSON.stringify(exchange)).not.toContain("sk_secret");
  });

  it("records a failure and rethrows it", async () => {
    const seen: Exchange[] = [];
    const boom = new TypeError("fetch failed");
    const fetch = recordExchanges({ onExchange: (exchange) => seen.push(exchange), now: ticking(), fetch: () => Promise.reject(boom) });
    await expect(fetch("http://x.test/leads/1")).rejects.toBe(boom);
    expect(seen[0]).toMatchObject({ method: "GET", path: "/leads/1", status: null, failure: "TypeError: fetch failed", requestBody: null });
  });

  it("redacts source credentials", async () => {
    const seen: Exchange[] = [];
    const fetch = recordExchanges({
      onExchange: (exchange) => seen.push(exchange),
      fetch: () => Promise.resolve(new Response(null, { status: 204 })),
    });
    await fetch("http://x.test/leads", {
      method: "POST",
      headers: { "x-leadping-source-key": "lp_src_secret", "x-leadping-source-id": "src_1" },
    });
    expect(seen[0]?.requestHeaders).toMatchObject({ "x-leadping-source-key": "[redacted]", "x-leadping-source-id": "src_1" });
    expect(seen[0]?.responseBody).toBeNull();
  });
});
