import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  LeadpingApiError,
  LeadpingError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  createLeadpingClient,
} from "../../src/index.js";
import { json, problem, scriptedFetch } from "../helpers/fake-fetch.js";
import { wholeLead } from "../helpers/fixtures.js";

const baseUrl = "http://api.test";

function clientAnswering(response: Response) {
  const fetch = scriptedFetch(response);
  return { fetch, lp: createLeadpingClient({ apiKey: "sk_org", baseUrl, fetch, maxRetries: 0 }) };
}

describe("status → error class", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, LeadpingApiError],
  ] as const)("%i → %o", async (status, ErrorClass) => {
    const { lp } = clientAnswering(problem(status));
    const error = await lp.leads.get("lead_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(LeadpingApiError);
    expect(error).toBeInstanceOf(LeadpingError);
    expect(error).toBeInstanceOf(Error);
    expect((error as LeadpingApiError).status).toBe(status);
    expect((error as Error).name).toBe(ErrorClass.name);
  });
});

describe("problem details", () => {
  it("exposes every problem field, the headers, method and path", async () => {
    const { lp } = clientAnswering(
      problem(
        400,
        {
          type: "https://leadping.ai/problems/validation",
          title: "Validation failed",
          detail: "contact.email is not an email address",
          instance: "/leads/lead_1",
          traceId: "00-abc-01",
          errors: { "contact.email": ["Must be an email address."] },
        },
        { "x-trace": "t1" },
      ),
    );
    const error = (await lp.leads.update("lead_1", wholeLead()).catch((e: unknown) => e)) as BadRequestError;
    expect(error.type).toBe("https://leadping.ai/problems/validation");
    expect(error.title).toBe("Validation failed");
    expect(error.detail).toBe("contact.email is not an email address");
    expect(error.instance).toBe("/leads/lead_1");
    expect(error.traceId).toBe("00-abc-01");
    expect(error.errors).toEqual({ "contact.email": ["Must be an email address."] });
    expect(error.headers.get("x-trace")).toBe("t1");
    expect(error.method).toBe("PUT");
    expect(error.path).toBe("/leads/lead_1");
    expect(error.message).toContain("400");
    expect(error.message).toContain("contact.email is not an email address");
  });

  it("RateLimitError carries retryAfterMs", async () => {
    const { lp } = clientAnswering(problem(429, {}, { "retry-after": "7" }));
    const error = (await lp.leads.get("lead_1").catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(7000);
  });

  it("RateLimitError.retryAfterMs is capped like the wait (60 s), not the server's 999999999 s", async () => {
    const { lp } = clientAnswering(problem(429, {}, { "retry-after": "999999999" }));
    const error = (await lp.leads.get("lead_1").catch((e: unknown) => e)) as RateLimitError;
    expect(error.retryAfterMs).toBe(60_000);
  });
});

describe("bodies that are not problem JSON", () => {
  it.each([
    ["text/plain", "upstream exploded"],
    ["text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"],
    ["application/json", "{not json"],
    ["application/json", "[1,2]"],
    ["text/plain", ""],
  ])("keeps a %s body as text: %j", async (contentType, text) => {
    const { lp } = clientAnswering(
      new Response(text, { status: 502, statusText: "Bad Gateway", headers: { "content-type": contentType } }),
    );
    const error = (await lp.leads.get("lead_1").catch((e: unknown) => e)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe(text);
    expect(error.problem).toBeUndefined();
    expect(error.title).toBeUndefined();
    expect(error.message).toContain("502 Bad Gateway");
  });

  it("a 2xx body that is not JSON throws an error naming the operation", async () => {
    const { lp } = clientAnswering(new Response("<html>oops</html>", { status: 200, headers: { "content-type": "application/json" } }));
    const error = (await lp.leads.update("lead_1", wholeLead()).catch((e: unknown) => e)) as LeadpingError;
    expect(error).toBeInstanceOf(LeadpingError);
    expect(error).not.toBeInstanceOf(LeadpingApiError);
    expect(error.message).toContain("PUT /leads/{id} answered 200 with invalid JSON");
    expect(error.message).toContain("/leads/lead_1");
    // JSON.parse's SyntaxError quotes the body, which may hold anything: neither it nor the body is kept.
    expect(error.cause).toBeUndefined();
    expect(inspect(error, { depth: 10 })).not.toContain("oops");
  });

  it("an empty 2xx body (204) resolves to undefined", async () => {
    const { lp } = clientAnswering(new Response(null, { status: 204 }));
    await expect(lp.leads.delete("lead_1")).resolves.toBeUndefined();
  });

  it("a 2xx body that is not JSON through middleware also names the operation", async () => {
    const fetch = scriptedFetch(new Response("nope", { status: 200, headers: { "content-type": "application/json" } }));
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl, fetch, middleware: [{ onRequest: () => undefined }] });
    await expect(lp.tags.list()).rejects.toThrow(/GET \/tags answered 200 with invalid JSON/);
  });

  it("JSON of a 2xx is returned as parsed", async () => {
    const { lp } = clientAnswering(json(true));
    await expect(lp.tags.archive("tag_1")).resolves.toBe(true);
  });
});
