// The CLI's webhook flags: one delivery mode per run, credentials never echoed.
import { describe, expect, it } from "vitest";
import { describeWebhooks, webhookOptionsFromFlags } from "../../src/webhooks/cli-options.js";

const none = { urls: [], secrets: [], bearer: undefined, header: undefined, attempts: undefined, retryDelayMs: undefined };

describe("webhook CLI flags", () => {
  it("two secrets make a signing endpoint for key rotation; the banner counts them without showing them", () => {
    const options = webhookOptionsFromFlags({
      ...none,
      urls: ["http://127.0.0.1:9000/hooks"],
      secrets: ["whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "whsec_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"],
      attempts: 3,
    });
    expect(options).toEqual({
      endpoints: [
        {
          url: "http://127.0.0.1:9000/hooks",
          delivery: { mode: "signature", secrets: ["whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "whsec_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"] },
        },
      ],
      maxAttempts: 3,
    });
    const banner = describeWebhooks(options)!;
    expect(banner).toBe("Sending lead events to http://127.0.0.1:9000/hooks (signed with 2 secrets)");
  });

  it("parses a static custom header and a bearer token, and keeps them out of the banner", () => {
    const header = webhookOptionsFromFlags({ ...none, urls: ["http://h/1"], header: "X-Token: abc:def" });
    expect(header.endpoints?.[0]?.delivery).toEqual({ mode: "header", name: "X-Token", value: "abc:def" });
    expect(describeWebhooks(header)).not.toContain("abc");
    const bearer = webhookOptionsFromFlags({ ...none, urls: ["http://h/1"], bearer: "tok_1" });
    expect(describeWebhooks(bearer)).not.toContain("tok_1");
  });

  it("refuses two modes at once, credentials without a URL and a header without a colon", () => {
    expect(() => webhookOptionsFromFlags({ ...none, urls: ["http://h/1"], bearer: "t", header: "X:y" })).toThrow(/choose one/);
    expect(() => webhookOptionsFromFlags({ ...none, bearer: "t" })).toThrow(/need --webhook/);
    expect(() => webhookOptionsFromFlags({ ...none, urls: ["http://h/1"], header: "novalue" })).toThrow(/Name:value/);
    expect(describeWebhooks(webhookOptionsFromFlags(none))).toBeUndefined();
  });
});
