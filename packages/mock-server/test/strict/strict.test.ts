// Strict mode fails loudly when a reply does not match the contract.
import { describe, expect, test } from "vitest";
import { createMockApi } from "../../src/index.js";
import { loadBundledSpec } from "../../src/contract/spec.js";
import { ORG_TOKEN } from "../helpers.js";

/** The bundled contract, with LeadResponse demanding a field the mock never sends. */
function stricterSpec() {
  const spec = loadBundledSpec();
  const schema = spec.components!.schemas!["LeadResponse"] as { required: string[] };
  schema.required = [...schema.required, "loyaltyTier"];
  return spec;
}

const headers = { authorization: `Bearer ${ORG_TOKEN}`, "content-type": "application/json" };

describe("strict mode", () => {
  test("a reply that violates the contract becomes a 500 naming the violation, and is logged", async () => {
    const logs: string[] = [];
    const api = createMockApi({ strict: true, spec: stricterSpec(), sampleLeads: 1, log: (m) => logs.push(m) });
    const id = api.store.leads()[0]!.id;
    const res = await api.fetch(`http://leadping.mock/leads/${id}`, { headers });
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await res.json()) as { type: string; detail: string };
    expect(problem.type).toBe("https://leadping.ai/problems/spec-violation");
    expect(problem.detail).toContain("GET /leads/{id} (Leads_GetForCurrentUser)");
    expect(problem.detail).toContain("loyaltyTier: is required");
    expect(logs).toEqual([expect.stringContaining("loyaltyTier")]);
  });

  test("without strict mode the same reply goes out unchecked", async () => {
    const api = createMockApi({ spec: stricterSpec(), sampleLeads: 1, log: () => {} });
    const id = api.store.leads()[0]!.id;
    expect((await api.fetch(`http://leadping.mock/leads/${id}`, { headers })).status).toBe(200);
  });

  test("a status the operation does not declare is a violation", async () => {
    const spec = loadBundledSpec();
    delete (spec.paths["/leads/{id}"]!["get"] as { responses: Record<string, unknown> }).responses["404"];
    const logs: string[] = [];
    const api = createMockApi({ strict: true, spec, log: (m) => logs.push(m) });
    const res = await api.fetch("http://leadping.mock/leads/missing", { headers });
    expect(res.status).toBe(500);
    expect(logs[0]).toContain("status 404 is not declared for Leads_GetForCurrentUser");
  });
});
