// The health check at GET / and the exact 401 challenge, on the lead-domain operations
// added with issue 10 as on the old ones. Real HTTP on 127.0.0.1.
import { describe, expect, test } from "vitest";
import { BEARER_CHALLENGE } from "../../src/http/auth.js";
import { ORG_TOKEN, call, expectProblem, startInProcess } from "../helpers.js";

/** The challenge Leadping's public docs give for every 401, spelled out here so a change to the source cannot pass. */
const CHALLENGE = 'Bearer resource_metadata="https://api.leadping.ai/.well-known/oauth-protected-resource"';

describe("health and the 401 challenge", () => {
  test("GET / answers 200 {status: ok} without credentials, and stores nothing", async () => {
    const server = startInProcess();
    const answer = await call(server, "GET", "/", { token: null });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.json).toEqual({ status: "ok" });
    expect(server.api.store.leads()).toEqual([]);
    // Only GET: other methods on / are not a health check.
    expect((await call(server, "POST", "/", { token: null, body: "{}" })).status).toBeGreaterThanOrEqual(400);
  });

  test("every new operation answers 401 with exactly the real API's challenge, whatever was wrong", async () => {
    const server = startInProcess({ sampleLeads: 1, auth: { bearerTokens: [ORG_TOKEN], sourceKeys: ["lp_src_only"] } });
    const leadId = server.api.store.leads()[0]!.id;
    expect(BEARER_CHALLENGE).toBe(CHALLENGE);
    const routes: [string, string][] = [
      ["GET", "/lead-statuses"],
      ["POST", "/lead-statuses"],
      ["PUT", "/lead-statuses/lst_1"],
      ["DELETE", "/lead-statuses/lst_1"],
      ["GET", `/leads/${leadId}/status-history/export`],
      ["GET", "/lead-status-changes/lsc_1"],
      ["PUT", "/lead-status-changes/lsc_1"],
      ["DELETE", "/lead-status-changes/lsc_1"],
      ["POST", "/lead-status-changes/all/my"],
      ["POST", `/events/leads/${leadId}`],
      ["POST", `/events/calls/lead/${leadId}`],
      ["POST", `/events/sms/lead/${leadId}`],
      ["POST", `/conversations/lead/${leadId}`],
      ["GET", `/leads/${leadId}/workflow-status`],
      ["GET", "/leads/intake"],
    ];
    for (const [method, path] of routes) {
      const body = method === "GET" || method === "DELETE" ? {} : { body: "{}" };
      for (const token of [null, "sk_wrong"]) {
        const answer = await call(server, method, path, { token, ...body });
        expectProblem(answer, 401);
        expect(answer.headers.get("www-authenticate"), `${method} ${path} (${token ?? "no token"})`).toBe(CHALLENGE);
        expect(answer.text).not.toContain("sk_wrong");
      }
    }
  });
});
