import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
// @ts-expect-error -- plain .mjs generator script without declarations
import { operationTable as buildTable } from "../scripts/operation-table.mjs";
import { defaultOperationPolicy, operationPolicies, operationTable } from "../src/index.js";

type Row = { key: string; operationId: string; credentials: string; create: boolean; query: string[] };
const build = buildTable as (spec: unknown) => Row[];
const contract = JSON.parse(readFileSync(new URL("../openapi.json", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, { operationId?: string; "x-leadping-create"?: boolean }>>;
};

const schemes = {
  Org: { type: "http", scheme: "bearer", "x-leadping-credential": "organization" },
  Src: { type: "apiKey", in: "header", name: "X-Src", "x-leadping-credential": "source" },
  Plain: { type: "http", scheme: "bearer" },
};
const doc = (paths: unknown, securitySchemes: unknown = schemes) => ({ openapi: "3.1.0", paths, components: { securitySchemes } });

describe("the generated operation table", () => {
  test("has one entry per operation of the shipped contract, with its operationId", () => {
    const expected = Object.entries(contract.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => typeof op === "object" && op.operationId)
        .map(([method, op]) => [`${method.toUpperCase()} ${path}`, op.operationId]),
    );
    expect(
      Object.entries(operationTable)
        .map(([key, facts]) => [key, facts.operationId])
        .sort(),
    ).toEqual(expected.sort());
  });

  test("marks as creates exactly the operations with x-leadping-create", () => {
    const creates = Object.entries(contract.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => typeof op === "object" && op["x-leadping-create"] === true)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(creates.length).toBeGreaterThan(0);
    expect(
      Object.keys(operationTable)
        .filter((key) => operationTable[key as keyof typeof operationTable].create)
        .sort(),
    ).toEqual(creates.sort());
  });
});

describe("building the table", () => {
  test("takes credentials from the schemes' x-leadping-credential and query names from path and operation", () => {
    const rows = build(
      doc({
        "/a/{id}": {
          parameters: [
            { name: "shared", in: "query" },
            { name: "id", in: "path" },
          ],
          get: { operationId: "A_Get", security: [{ Org: [] }], parameters: [{ name: "own", in: "query" }] },
          post: { operationId: "A_Create", security: [{ Src: [] }], "x-leadping-create": true },
          delete: { operationId: "A_Open" },
        },
      }),
    );
    expect(rows).toEqual([
      { key: "DELETE /a/{id}", operationId: "A_Open", credentials: "none", create: false, query: ["shared"] },
      { key: "GET /a/{id}", operationId: "A_Get", credentials: "organization", create: false, query: ["own", "shared"] },
      { key: "POST /a/{id}", operationId: "A_Create", credentials: "source", create: true, query: ["shared"] },
    ]);
  });

  test("refuses a scheme without x-leadping-credential, mixed credentials and a non-boolean create flag", () => {
    expect(() => build(doc({ "/a": { get: { operationId: "A", security: [{ Plain: [] }] } } }))).toThrow(
      /Plain needs x-leadping-credential/,
    );
    expect(() => build(doc({ "/a": { get: { operationId: "A", security: [{ Org: [] }, { Src: [] }] } } }))).toThrow(
      /mixes organization and source/,
    );
    expect(() => build(doc({ "/a": { post: { operationId: "A", "x-leadping-create": "yes" } } }))).toThrow(/must be a boolean/);
  });
});

describe("operationPolicies", () => {
  test("lists exactly the operations whose policy is not the default, with the table's facts", () => {
    const differing = Object.entries(operationTable)
      .filter(([, facts]) => facts.credentials !== "organization" || facts.create)
      .map(([key, facts]) => [key, { credentials: facts.credentials, create: facts.create }]);
    expect(Object.entries(operationPolicies)).toEqual(differing);
    expect(defaultOperationPolicy).toEqual({ credentials: "organization", create: false });
  });
});
