// A broken tracer: observability must never fail a call or make it retry.
import { describe, expect, it } from "vitest";
import { createLeadpingClient } from "../../../src/index.js";
import type { AttemptTracing } from "../../../src/index.js";
import { recordingClock } from "../../helpers/clock.js";
import { json, scriptedFetch } from "../../helpers/fake-fetch.js";
import { lead, wholeLead } from "../../helpers/fixtures.js";

function setup(tracing: AttemptTracing) {
  const fetch = scriptedFetch(json(lead()), json(lead(), 201));
  const lp = createLeadpingClient({
    apiKey: "sk_org",
    sourceKey: "lp_src",
    baseUrl: "http://api.test",
    fetch,
    clock: recordingClock(),
    tracing,
  });
  return { fetch, lp };
}

const broken = () => {
  throw new Error("tracer exploded");
};

describe("a tracer that throws", () => {
  it("in startAttempt does not fail a create that the server accepted", async () => {
    const { fetch, lp } = setup({ startAttempt: broken });
    await expect(
      lp.leads.create(wholeLead({ metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { firstName: "Ada" } })),
    ).resolves.toMatchObject({ id: "lead_1" });
    expect(fetch.calls).toHaveLength(1);
  });

  it("in a span's end does not retry an update the server answered", async () => {
    const { fetch, lp } = setup({
      startAttempt: () => ({ headers: { traceparent: `00-${"a".repeat(32)}-${"b".repeat(16)}-01` }, end: broken }),
    });
    await expect(lp.leads.update("lead_1", wholeLead())).resolves.toMatchObject({ id: "lead_1" });
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]!.headers.traceparent).toMatch(/^00-a{32}-/);
  });

  it("in a span's end does not replace a connection failure's error", async () => {
    const fetch = scriptedFetch(new TypeError("fetch failed"));
    const tracing = { startAttempt: () => ({ end: broken }) };
    const lp = createLeadpingClient({
      apiKey: "sk_org",
      baseUrl: "http://api.test",
      fetch,
      clock: recordingClock(),
      tracing,
      maxRetries: 0,
    });
    await expect(lp.leads.get("lead_1")).rejects.toMatchObject({ name: "LeadpingConnectionError", message: /fetch failed/ });
  });
});
