import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { matchOperation, operationIndex, operationTable, type OperationKey } from "../src/index.js";

const contract = JSON.parse(readFileSync(new URL("../openapi.json", import.meta.url), "utf8")) as Record<string, unknown>;

/** Reads a JSON pointer such as `#/components/schemas/LeadResponse` from the contract. */
function at(pointer: string): unknown {
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], contract);
}

describe("the generated operation index", () => {
  test("indexes exactly the operations of the operation table", () => {
    expect(Object.keys(operationIndex).sort()).toEqual(Object.keys(operationTable).sort());
    for (const [key, op] of Object.entries(operationIndex)) expect(op.operationId).toBe(operationTable[key as OperationKey].operationId);
  });

  test("every pointer it holds resolves to a schema of openapi.json", () => {
    let pointers = 0;
    for (const op of Object.values(operationIndex)) {
      const all = [
        ...op.pathParams.map((p) => p.schema),
        ...op.queryParams.map((p) => p.schema),
        ...(op.body ? [op.body.schema] : []),
        ...Object.values(op.responses).flatMap((r) => Object.values(r.content)),
      ];
      for (const pointer of all) expect(at(pointer), `${op.key}: ${pointer}`).toBeTypeOf("object");
      pointers += all.length;
    }
    expect(pointers).toBeGreaterThan(100);
  });

  test("matches each operation's own path, with its parameters decoded", () => {
    for (const [key, op] of Object.entries(operationIndex)) {
      let n = 0;
      const concrete = op.path.replace(/\{[^}]+\}/g, () => `id%20${++n}`);
      const match = matchOperation(op.method, concrete);
      expect(match, key).toMatchObject({ kind: "operation", key, operationId: op.operationId });
      if (match.kind === "operation") {
        expect(Object.keys(match.params)).toEqual(op.pathParams.map((p) => p.name));
        for (const value of Object.values(match.params)) expect(value).toMatch(/^id \d$/);
      }
    }
  });

  test("prefers literal segments: /leads/intake is intake, /leads/all/my the list", () => {
    expect(matchOperation("GET", "/leads/intake")).toMatchObject({ key: "GET /leads/intake", params: {} });
    expect(matchOperation("POST", "/leads/all/my")).toMatchObject({ key: "POST /leads/all/my" });
    expect(matchOperation("GET", "/leads/lead_9")).toMatchObject({ key: "GET /leads/{id}", params: { id: "lead_9" } });
  });

  test("says which methods a path allows, and refuses empty or badly encoded parameters", () => {
    expect(matchOperation("PATCH", "/tags")).toEqual({ kind: "method-not-allowed", allow: ["GET", "POST"] });
    expect(matchOperation("GET", "/leads/")).toEqual({ kind: "not-found" });
    expect(matchOperation("GET", "/nowhere")).toEqual({ kind: "not-found" });
    expect(matchOperation("GET", "leads/1")).toEqual({ kind: "not-found" });
    expect(matchOperation("GET", "/leads/%E0%A4%A")).toEqual({ kind: "bad-path" });
  });
});
