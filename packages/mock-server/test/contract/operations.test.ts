// What the mock derives from the contract: operations, who may call them, handlers for all.
import { describe, expect, test } from "vitest";
import { operationHandlers } from "../../src/handlers/registry.js";
import { describeOperations } from "../../src/operations.js";
import { Router } from "../../src/router.js";
import { loadBundledSpec } from "../../src/spec.js";

const operations = describeOperations(loadBundledSpec());

describe("contract-driven operations", () => {
  test("every operation in the contract has a mock implementation, and no implementation is orphaned", () => {
    const ids = operations.map((o) => o.operationId).sort();
    expect(ids.length).toBeGreaterThan(0);
    expect(Object.keys(operationHandlers).sort()).toEqual(ids);
  });

  test("intake routes are derived from the security requirements: exactly the three lead intake operations", () => {
    const intake = operations.filter((o) => o.credential === "source").map((o) => `${o.method} ${o.pathTemplate}`);
    expect(intake.sort()).toEqual(["GET /leads/intake", "POST /leads", "POST /leads/intake"]);
    expect(operations.filter((o) => o.credential === "organization")).toHaveLength(operations.length - 3);
  });

  test("a spec whose operation names only an apiKey scheme makes that route a source route", () => {
    const spec = loadBundledSpec();
    (spec.paths["/tags"]!["get"] as { security: unknown }).security = [{ SourceIdHeader: [], SourceKeyHeader: [] }];
    const tags = describeOperations(spec).find((o) => o.operationId === "Tags_GetAllForCurrentOrganization")!;
    expect(tags.credential).toBe("source");
  });

  test("the router prefers literal segments and reports allowed methods", () => {
    const router = new Router(operations);
    expect(router.match("POST", "/leads/intake")).toMatchObject({ kind: "found", operation: { operationId: "Leads_CreateIntake" } });
    expect(router.match("GET", "/leads/intake")).toMatchObject({ kind: "found", operation: { operationId: "Leads_CreateIntakeFromQuery" } });
    expect(router.match("GET", "/leads/intakes")).toMatchObject({ kind: "found", params: { id: "intakes" } });
    expect(router.match("GET", "/leads/a%2Fb")).toMatchObject({ kind: "found", params: { id: "a/b" } });
    expect(router.match("GET", "/leads/all/my")).toEqual({ kind: "method-not-allowed", allow: ["POST"] });
    expect(router.match("GET", "/leads/")).toEqual({ kind: "not-found" });
    expect(router.match("GET", "/leads/%E0%A4%A")).toEqual({ kind: "bad-path" });
  });
});
