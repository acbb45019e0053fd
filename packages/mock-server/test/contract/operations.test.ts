// What the mock reads from the contract and the operation table: operations, who may call
// them, handlers for all.
import { operationTable } from "@leadping/types";
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

  test("credentials and creates come from the generated operation table: the intake operations take source credentials", () => {
    const intake = operations.filter((o) => o.credential === "source").map((o) => `${o.method} ${o.pathTemplate}`);
    expect(intake.sort()).toEqual(["GET /leads/intake", "POST /leads", "POST /leads/intake"]);
    expect(operations.filter((o) => o.credential === "organization")).toHaveLength(operations.length - 3);
    expect(operations.find((o) => o.operationId === "Leads_CreateExternal")?.facts.create).toBe(true);
    expect(operations.find((o) => o.operationId === "Leads_CreateIntakeFromQuery")?.facts.create).toBe(true);
    expect(operations.find((o) => o.operationId === "Leads_Update")?.facts.create).toBe(false);
  });

  test("the served spec and the operation table list the same operations", () => {
    expect(operations.map((o) => `${o.method} ${o.pathTemplate}`).sort()).toEqual(Object.keys(operationTable).sort());
  });

  test("the table, not the spec's security, decides who may call an operation", () => {
    const spec = loadBundledSpec();
    (spec.paths["/tags"]!["get"] as { security: unknown }).security = [{ SourceIdHeader: [], SourceKeyHeader: [] }];
    const tags = describeOperations(spec).find((o) => o.operationId === "Tags_GetAllForCurrentOrganization")!;
    expect(tags.credential).toBe("organization");
  });

  test("a spec with an operation the table does not list is refused, naming the operation", () => {
    const spec = loadBundledSpec();
    spec.paths["/leads/{id}/notes"] = { get: { operationId: "Leads_Notes", responses: {} } };
    expect(() => describeOperations(spec)).toThrow(/GET \/leads\/\{id\}\/notes is not in the operation table/);
  });

  test("a spec whose operationId disagrees with the table is refused", () => {
    const spec = loadBundledSpec();
    (spec.paths["/tags"]!["get"] as { operationId: string }).operationId = "Tags_List";
    expect(() => describeOperations(spec)).toThrow(/operationId Tags_List in the served spec but Tags_GetAllForCurrentOrganization/);
  });

  test("the router prefers literal segments and reports allowed methods", () => {
    const router = new Router(operations);
    expect(router.match("POST", "/leads/intake")).toMatchObject({ kind: "found", operation: { operationId: "Leads_CreateIntake" } });
    expect(router.match("GET", "/leads/intake")).toMatchObject({
      kind: "found",
      operation: { operationId: "Leads_CreateIntakeFromQuery" },
    });
    expect(router.match("GET", "/leads/intakes")).toMatchObject({ kind: "found", params: { id: "intakes" } });
    expect(router.match("GET", "/leads/a%2Fb")).toMatchObject({ kind: "found", params: { id: "a/b" } });
    expect(router.match("GET", "/leads/all/my")).toEqual({ kind: "method-not-allowed", allow: ["POST"] });
    expect(router.match("GET", "/leads/")).toEqual({ kind: "not-found" });
    expect(router.match("GET", "/leads/%E0%A4%A")).toEqual({ kind: "bad-path" });
  });
});
