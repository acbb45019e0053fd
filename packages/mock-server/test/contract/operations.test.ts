// What the mock reads from the contract and the generated operation index: operations, who may
// call them, handlers for all.
import { matchOperation, operationTable } from "@leadping/types";
import { describe, expect, test } from "vitest";
import { bundledSpec, compileContract } from "../../src/contract/compile.js";
import { loadBundledSpec } from "../../src/contract/spec.js";
import { operationHandlers } from "../../src/domain/operations/registry.js";

const operations = [...compileContract(bundledSpec()).operations.values()];

describe("contract-driven operations", () => {
  test("every operation in the contract has a mock implementation, and no implementation is orphaned", () => {
    const ids = operations.map((o) => o.index.operationId).sort();
    expect(ids.length).toBeGreaterThan(0);
    expect(Object.keys(operationHandlers).sort()).toEqual(ids);
  });

  test("credentials come from the generated operation table: the intake operations take source credentials", () => {
    const intake = operations.filter((o) => o.credential === "source").map((o) => o.index.key);
    expect(intake.sort()).toEqual(["GET /leads/intake", "POST /leads", "POST /leads/intake"]);
    expect(operations.filter((o) => o.credential === "organization")).toHaveLength(operations.length - 3);
  });

  test("the served spec and the operation table list the same operations", () => {
    expect(operations.map((o) => o.index.key).sort()).toEqual(Object.keys(operationTable).sort());
  });

  test("the table, not the spec's security, decides who may call an operation", () => {
    const spec = loadBundledSpec();
    (spec.paths["/tags"]!["get"] as { security: unknown }).security = [{ SourceIdHeader: [], SourceKeyHeader: [] }];
    const tags = [...compileContract(spec).operations.values()].find((o) => o.index.operationId === "Tags_GetAllForCurrentOrganization");
    expect(tags?.credential).toBe("organization");
  });

  test("a spec with an operation the index does not list is refused, naming the operation", () => {
    const spec = loadBundledSpec();
    spec.paths["/leads/{id}/notes"] = { get: { operationId: "Leads_Notes", responses: {} } };
    expect(() => compileContract(spec)).toThrow(/GET \/leads\/\{id\}\/notes is not in the operation index/);
  });

  test("a spec whose operationId disagrees with the index is refused", () => {
    const spec = loadBundledSpec();
    (spec.paths["/tags"]!["get"] as { operationId: string }).operationId = "Tags_List";
    expect(() => compileContract(spec)).toThrow(/operationId Tags_List in the served spec but Tags_GetAllForCurrentOrganization/);
  });

  test("a spec that lacks an indexed operation is refused", () => {
    const spec = loadBundledSpec();
    delete spec.paths["/tags"]!["get"];
    expect(() => compileContract(spec)).toThrow(/lacks operations/);
  });

  test("routing is the generated index: literal segments first, allowed methods reported", () => {
    expect(matchOperation("GET", "/leads/intakes")).toMatchObject({ kind: "operation", params: { id: "intakes" } });
    expect(matchOperation("GET", "/leads/a%2Fb")).toMatchObject({ kind: "operation", params: { id: "a/b" } });
    expect(matchOperation("GET", "/leads/all/my")).toEqual({ kind: "method-not-allowed", allow: ["POST"] });
  });
});
