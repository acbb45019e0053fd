// `baseUrl` is checked when the client is made: an absolute http(s) URL with
// no credentials, query or fragment; errors never quote a password.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { LeadpingError, createLeadpingClient } from "../../src/index.js";
import { json, scriptedFetch } from "../helpers/fake-fetch.js";

function constructionError(baseUrl: string): LeadpingError {
  try {
    createLeadpingClient({ apiKey: "sk", baseUrl, fetch: scriptedFetch(json({})) });
  } catch (error) {
    expect(error).toBeInstanceOf(LeadpingError);
    return error as LeadpingError;
  }
  throw new Error(`createLeadpingClient accepted ${baseUrl}`);
}

describe("baseUrl validation", () => {
  it.each([
    ["user:hunter2pass@", "https://user:hunter2pass@api.leadping.ai", /username or password/],
    ["a password only", "https://:hunter2pass@api.leadping.ai/v1", /username or password/],
    ["a username only", "https://hunter2pass@api.leadping.ai", /username or password/],
    ["a query", "https://api.leadping.ai/v1?tenant=1", /query \(\?\)/],
    ["an empty query", "https://api.leadping.ai/v1?", /query \(\?\)/],
    ["a fragment", "https://api.leadping.ai/v1#f", /fragment \(#\)/],
    ["an empty fragment", "https://api.leadping.ai#", /fragment \(#\)/],
    ["a non-http scheme", "ftp://api.leadping.ai", /http/],
    ["a javascript: URL", "javascript:alert(1)", /http/],
    ["a file: URL", "file:///etc/passwd", /http/],
    ["a relative URL", "/v1", /absolute/],
    ["no URL at all", "api.leadping.ai", /absolute/],
    ["an unparsable URL with a password", "https://user:hunter2pass@exa mple.com", /absolute/],
  ])("rejects %s with a clear LeadpingError", (_, baseUrl, message) => {
    const error = constructionError(baseUrl);
    expect(error.message).toMatch(/^baseUrl /);
    expect(error.message).toMatch(message);
    for (const text of [error.message, String(error), error.stack ?? "", inspect(error, { depth: 10 }), JSON.stringify(error)]) {
      expect(text).not.toContain("hunter2pass");
    }
    expect(error.cause).toBeUndefined();
  });

  it.each([
    ["https://api.leadping.ai", "https://api.leadping.ai/leads/lead_1"],
    ["https://api.leadping.ai/", "https://api.leadping.ai/leads/lead_1"],
    ["http://127.0.0.1:4010/v1", "http://127.0.0.1:4010/v1/leads/lead_1"],
    ["http://127.0.0.1:4010/v1///", "http://127.0.0.1:4010/v1/leads/lead_1"],
    ["HTTPS://API.Leadping.AI:443/v1/", "https://api.leadping.ai/v1/leads/lead_1"],
  ])("accepts %s and calls the right URL", async (baseUrl, expected) => {
    const fetch = scriptedFetch(json({}));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    await lp.leads.get("lead_1");
    expect(fetch.calls[0]!.url).toBe(expected);
  });
});
