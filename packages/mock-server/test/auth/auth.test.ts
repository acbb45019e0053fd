// Credentials like the real API: bearer on organization routes, source credentials on intake.
import { AuthenticationError, PermissionDeniedError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { call, clientFor, expectProblem, startStrict, wholeLead } from "../helpers.js";

const lead = JSON.stringify({ metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { firstName: "Ada" } });
/** The challenge Leadping's public docs show on every 401 (leadping-facts.md, "Auth"). */
const BEARER_CHALLENGE = 'Bearer resource_metadata="https://api.leadping.ai/.well-known/oauth-protected-resource"';

describe("default auth: any non-empty credential", () => {
  test("organization routes need a bearer token; 401 carries WWW-Authenticate", async () => {
    const { url } = await startStrict();
    for (const [method, path] of [
      ["GET", "/tags"],
      ["GET", "/leads/x"],
      ["POST", "/leads/all/my"],
      ["DELETE", "/tags/x"],
    ] as const) {
      const answer = await call(url, method, path, { token: null, ...(method === "POST" ? { body: "{}" } : {}) });
      expectProblem(answer, 401);
      expect(answer.headers.get("www-authenticate")).toBe(BEARER_CHALLENGE);
    }
    const malformed = await call(url, "GET", "/tags", { token: null, headers: { authorization: "Basic dXNlcjpwYXNz" } });
    expectProblem(malformed, 401);
    expect(malformed.headers.get("www-authenticate")).toBe(BEARER_CHALLENGE);
    expectProblem(await call(url, "GET", "/tags", { token: null, headers: { authorization: "Bearer " } }), 401);
    expect((await call(url, "GET", "/tags", { token: "anything" })).status).toBe(200);
  });

  test("intake routes take a source bearer key or the id/key header pair, not half a pair", async () => {
    const { url } = await startStrict();
    for (const path of ["/leads", "/leads/intake"]) {
      expectProblem(await call(url, "POST", path, { body: lead, token: null }), 401);
      expect((await call(url, "POST", path, { body: lead, token: "lp_src_1" })).status).toBe(201);
      const pair = { "x-leadping-source-id": "src_1", "x-leadping-source-key": "k" };
      expect((await call(url, "POST", path, { body: lead, token: null, headers: pair })).status).toBe(201);
      const half = await call(url, "POST", path, { body: lead, token: null, headers: { "x-leadping-source-id": "src_1" } });
      expectProblem(half, 401);
      expect(half.headers.get("www-authenticate")).toContain("Bearer");
    }
  });

  test("auth is checked before the body: a bad body without credentials is a 401", async () => {
    const { url } = await startStrict();
    expectProblem(await call(url, "PUT", "/leads/x", { body: "{", token: null }), 401);
  });
});

describe("configured credentials", () => {
  const auth = { bearerTokens: ["sk_good"], sourceKeys: ["lp_src_good"], sources: [{ id: "src_1", key: "key_1" }] };

  test("only listed tokens are accepted; the detail never echoes the credential", async () => {
    const { url } = await startStrict({ auth });
    expect((await call(url, "GET", "/tags", { token: "sk_good" })).status).toBe(200);
    const bad = await call(url, "GET", "/tags", { token: "sk_bad_secret_value" });
    expectProblem(bad, 401);
    expect(bad.headers.get("www-authenticate")).toBe(BEARER_CHALLENGE);
    expect(bad.text).not.toContain("sk_bad_secret_value");

    expect((await call(url, "POST", "/leads", { body: lead, token: "lp_src_good" })).status).toBe(201);
    expectProblem(await call(url, "POST", "/leads", { body: lead, token: "lp_src_other" }), 401);
    const pair = (key: string) => ({ "x-leadping-source-id": "src_1", "x-leadping-source-key": key });
    expect((await call(url, "POST", "/leads/intake", { body: "{}", token: null, headers: pair("key_1") })).status).toBe(201);
    const wrongKey = await call(url, "POST", "/leads/intake", { body: "{}", token: null, headers: pair("key_2_secret") });
    expectProblem(wrongKey, 401);
    expect(wrongKey.text).not.toContain("key_2_secret");
  });

  test("a source key on an organization route, or an organization key on intake, is a 403", async () => {
    const { url } = await startStrict({ auth });
    expectProblem(await call(url, "GET", "/tags", { token: "lp_src_good" }), 403);
    expectProblem(await call(url, "POST", "/leads", { body: lead, token: "sk_good" }), 403);
  });

  test("a listed credential of the other kind is a 403 even when the route's own list is left at its default", async () => {
    const onlySourceKeys = await startStrict({ auth: { sourceKeys: ["lp_src_good"] } });
    expectProblem(await call(onlySourceKeys.url, "GET", "/tags", { token: "lp_src_good" }), 403);
    expect((await call(onlySourceKeys.url, "GET", "/tags", { token: "sk_anything" })).status).toBe(200);
    const onlyBearerTokens = await startStrict({ auth: { bearerTokens: ["sk_good"] } });
    expectProblem(await call(onlyBearerTokens.url, "POST", "/leads", { body: lead, token: "sk_good" }), 403);
    expect((await call(onlyBearerTokens.url, "POST", "/leads", { body: lead, token: "lp_src_anything" })).status).toBe(201);
  });

  test("the client surfaces these as typed errors", async () => {
    const server = await startStrict({ auth });
    await expect(clientFor(server, { apiKey: "sk_nope" }).tags.list()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(clientFor(server, { apiKey: "lp_src_good" }).tags.list()).rejects.toBeInstanceOf(PermissionDeniedError);
    const created = await clientFor(server, { sourceId: "src_1", sourceKey: "key_1" }).leads.create(wholeLead());
    expect(created.id).toMatch(/^lead_/);
  });
});

describe("health", () => {
  test('GET / answers {"status":"ok"} without credentials; other methods on / are not found', async () => {
    const { url } = await startStrict();
    const health = await call(url, "GET", "/", { token: null });
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: "ok" });
    expectProblem(await call(url, "POST", "/", { token: null, body: "{}" }), 404);
  });
});
