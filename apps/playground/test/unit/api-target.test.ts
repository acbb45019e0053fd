import { describe, expect, it } from "vitest";
import { describeApiTarget, resolveApiTarget } from "../../src/shared/api-target.js";

describe("resolveApiTarget", () => {
  it("uses the embedded local API without a key", () => {
    expect(resolveApiTarget({})).toEqual({ kind: "local", seed: 42, sampleLeads: 40, strict: true });
    expect(resolveApiTarget({ LEADPING_API_KEY: "  ", LEADPING_SEED: "7", LEADPING_SAMPLE_LEADS: "0", LEADPING_MOCK_STRICT: "0" })).toEqual(
      {
        kind: "local",
        seed: 7,
        sampleLeads: 0,
        strict: false,
      },
    );
  });

  it("rejects malformed numbers", () => {
    expect(() => resolveApiTarget({ LEADPING_SAMPLE_LEADS: "-3" })).toThrow(/LEADPING_SAMPLE_LEADS/);
  });

  it("talks to the real API with a key, and to LEADPING_BASE_URL when given", () => {
    expect(resolveApiTarget({ LEADPING_API_KEY: "sk_test_1" })).toEqual({
      kind: "remote",
      baseUrl: "https://api.leadping.ai",
      apiKey: "sk_test_1",
    });
    expect(
      resolveApiTarget({
        LEADPING_API_KEY: "sk_test_1",
        LEADPING_BASE_URL: "http://127.0.0.1:4010/v1/",
        LEADPING_SOURCE_KEY: "lp_src_1",
        LEADPING_SOURCE_ID: "src_1",
      }),
    ).toEqual({
      kind: "remote",
      baseUrl: "http://127.0.0.1:4010/v1",
      apiKey: "sk_test_1",
      sourceKey: "lp_src_1",
      sourceId: "src_1",
    });
  });

  it("refuses base URLs that are not http(s) or carry credentials", () => {
    expect(() => resolveApiTarget({ LEADPING_API_KEY: "k", LEADPING_BASE_URL: "ftp://example.com" })).toThrow(/http/);
    expect(() => resolveApiTarget({ LEADPING_API_KEY: "k", LEADPING_BASE_URL: "https://user:pw@example.com" })).toThrow(/credentials/);
    expect(() => resolveApiTarget({ LEADPING_API_KEY: "k", LEADPING_BASE_URL: "not a url" })).toThrow(/not a URL/);
  });

  it("never describes a target with its key", () => {
    const target = resolveApiTarget({ LEADPING_API_KEY: "sk_secret_abc", LEADPING_SOURCE_KEY: "lp_src_secret" });
    expect(describeApiTarget(target)).toBe("Leadping API at https://api.leadping.ai");
  });
});
