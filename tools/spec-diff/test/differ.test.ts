// Differ behaviour beyond the one-rule corpus: the real contract, cycles, allOf, variants, reports.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  diffSpecs,
  formatJson,
  formatMarkdown,
  formatText,
  repointImports,
  summarize,
  UnsupportedDocumentError,
  type Json,
} from "../src/index.js";

const repoRoot = join(import.meta.dirname, "..", "..", "..");
const realContract = (): any => JSON.parse(readFileSync(join(repoRoot, "packages", "types", "openapi.json"), "utf8"));
const doc = (schemas: Record<string, Json>, body: Json = { $ref: "#/components/schemas/Root" }): any => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/x": {
      post: {
        operationId: "X",
        requestBody: { content: { "application/json": { schema: body } } },
        responses: { 200: { description: "ok", content: { "application/json": { schema: body } } } },
      },
    },
  },
  components: { schemas },
});
const rulesOf = (before: Json, after: Json) =>
  diffSpecs(before, after)
    .map((c) => `${c.rule}${c.direction ? `:${c.direction}` : ""}`)
    .sort();

describe("the real contract", () => {
  test("is identical to itself", () => {
    expect(diffSpecs(realContract(), realContract())).toEqual([]);
  });

  test("every nullable spelled `type: [x, null]` can be rewritten as `oneOf: [x, {type: null}]` without a reported change", () => {
    const before = realContract();
    const after = realContract();
    let rewritten = 0;
    const visit = (node: any): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (typeof node !== "object" || node === null) return;
      for (const value of Object.values(node)) visit(value);
      if (
        Array.isArray(node.type) &&
        node.type.includes("null") &&
        node.type.length === 2 &&
        !node.properties &&
        !node.items &&
        !node.enum
      ) {
        const { type, format, description, ...rest } = node;
        const inner: any = { type: type.find((t: string) => t !== "null"), ...(format ? { format } : {}) };
        for (const k of Object.keys(node)) delete node[k];
        Object.assign(node, rest, description ? { description } : {}, { oneOf: [inner, { type: "null" }] });
        rewritten++;
      }
    };
    visit(after.components);
    expect(rewritten).toBeGreaterThan(20);
    expect(diffSpecs(before, after)).toEqual([]);
  });

  test("a schema shared by requests and responses is judged in both directions", () => {
    const before = realContract();
    const after = realContract();
    const shared = Object.entries(after.components.schemas as Record<string, any>).find(([, s]) => Array.isArray(s.enum));
    expect(shared).toBeDefined();
    const [name, schema] = shared!;
    schema.enum = schema.enum.slice(0, -1);
    const changes = diffSpecs(before, after).filter((c) => c.pointer === `/components/schemas/${name}/enum`);
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) expect(c.rule).toBe(c.direction === "request" ? "request-enum-value-removed" : "response-enum-value-removed");
  });
});

describe("schema walking", () => {
  test("cyclic $refs terminate and changes inside the cycle are found", () => {
    const node = (extra: Record<string, Json> = {}): Json => ({
      type: "object",
      properties: { child: { $ref: "#/components/schemas/Root" }, ...extra },
    });
    expect(rulesOf(doc({ Root: node() }), doc({ Root: node({ label: { type: "string" } }) }))).toEqual([
      "request-property-added:request",
      "response-property-added:response",
    ]);
  });

  test("allOf branches are merged: a property moved between branches changes no operation, a new required one does", () => {
    const before = doc({
      Base: { type: "object", properties: { a: { type: "string" } } },
      Root: { allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", properties: { b: { type: "string" } } }] },
    });
    const moved = doc({
      Base: { type: "object", properties: { a: { type: "string" }, b: { type: "string" } } },
      Root: { allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object" }] },
    });
    // Root (what the operation sees) is unchanged; the exported Base schema itself did gain `b`.
    const movedChanges = diffSpecs(before, moved);
    expect(movedChanges.filter((c) => c.operations.length > 0)).toEqual([]);
    expect(movedChanges.map((c) => `${c.rule} ${c.pointer}`)).toEqual([
      "request-property-added /components/schemas/Base/properties/b",
      "response-property-added /components/schemas/Base/properties/b",
    ]);
    const required = doc({
      Base: { type: "object", properties: { a: { type: "string" } } },
      Root: { allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", required: ["b"], properties: { b: { type: "string" } } }] },
    });
    expect(rulesOf(before, required)).toEqual(["request-property-became-required:request", "response-property-became-required:response"]);
  });

  test("oneOf variants: adding one widens (breaks responses), removing one narrows (breaks requests)", () => {
    const variants = (...names: string[]): Json => ({ oneOf: names.map((n) => ({ $ref: `#/components/schemas/${n}` })) });
    const schemas = {
      A: { type: "object", properties: { a: { type: "string" } } },
      B: { type: "object", properties: { b: { type: "string" } } },
      C: { type: "object", properties: { c: { type: "string" } } },
    };
    expect(rulesOf(doc({ ...schemas, Root: variants("A", "B") }), doc({ ...schemas, Root: variants("A", "B", "C") }))).toEqual([
      "request-type-widened:request",
      "response-type-widened:response",
    ]);
    // Down to one variant, the schema is no longer a union: reported as a type change.
    expect(rulesOf(doc({ ...schemas, Root: variants("A", "B") }), doc({ ...schemas, Root: variants("A") }))).toEqual([
      "type-changed:request",
      "type-changed:response",
    ]);
    expect(rulesOf(doc({ ...schemas, Root: variants("A", "B", "C") }), doc({ ...schemas, Root: variants("A", "C") }))).toEqual([
      "request-type-narrowed:request",
      "response-type-narrowed:response",
    ]);
  });

  test("integer → number widens; number → integer narrows", () => {
    const root = (type: string): Json => ({ type: "object", properties: { n: { type } } });
    expect(rulesOf(doc({ Root: root("integer") }), doc({ Root: root("number") }))).toEqual([
      "request-type-widened:request",
      "response-type-widened:response",
    ]);
    expect(rulesOf(doc({ Root: root("number") }), doc({ Root: root("integer") }))).toEqual([
      "request-type-narrowed:request",
      "response-type-narrowed:response",
    ]);
  });

  test("readOnly properties are not part of requests", () => {
    const root = (extra: Record<string, Json>): Json => ({
      type: "object",
      properties: { id: { type: "string", readOnly: true }, ...extra },
    });
    const before = doc({ Root: root({}) });
    const after = doc({ Root: { type: "object", properties: {} } });
    expect(rulesOf(before, after)).toEqual(["response-property-removed:response"]);
  });

  test("a change in a shared schema lists every operation that reaches it (comparisons are memoized across operations)", () => {
    const two = (maxLength?: number): any => {
      const d = doc({
        Leaf: { type: "string", ...(maxLength ? { maxLength } : {}) },
        Root: { type: "object", properties: { leaf: { $ref: "#/components/schemas/Leaf" } } },
      });
      d.paths["/y"] = {
        get: {
          operationId: "Y",
          responses: {
            200: { description: "ok", content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/Root" }] } } } },
          },
        },
      };
      return d;
    };
    const changes = diffSpecs(two(), two(10));
    expect(changes.map((c) => [c.rule, c.operations])).toEqual([
      ["request-constraint-narrowed", ["POST /x"]],
      ["response-constraint-narrowed", ["GET /y", "POST /x"]],
    ]);
  });

  test("a keyword whose value the differ does not understand is not explained: the fail-safe reports it", () => {
    const root = (maxLength: Json): Json => ({ type: "object", properties: { a: { type: "string", maxLength } } });
    expect(rulesOf(doc({ Root: root("5") }), doc({ Root: root("6") }))).toEqual(["request-unclassified-change"]);
  });

  test("unknown structural changes are never silently dropped", () => {
    const before = doc({ Root: { type: "object", properties: { a: { type: "string" } } } });
    const after = doc({ Root: { type: "object", properties: { a: { type: "string" } }, unevaluatedProperties: false } });
    // Fail-safe: Root is sent in a request, so an unexplained change there is breaking until a rule says otherwise.
    expect(rulesOf(before, after)).toEqual(["request-unclassified-change"]);
  });
});

describe("documents that are not OpenAPI 3.x are refused with a clear error", () => {
  const swagger = { swagger: "2.0", info: { title: "t", version: "1" }, paths: {} };
  test.each([
    ["Swagger 2.0", swagger, /Swagger 2\.0 is not supported.*OpenAPI 3\.0\/3\.1/],
    ["OpenAPI 2.x", { openapi: "2.1.0", info: {}, paths: {} }, /OpenAPI 2\.1\.0 is not supported/],
    ["no version", { info: {}, paths: {} }, /missing `openapi` version field/],
    ["not an object", [], /not an OpenAPI document/],
  ])("%s", (_name, bad, message) => {
    expect(() => diffSpecs(bad as Json, doc({ Root: { type: "object" } }))).toThrow(message);
    expect(() => diffSpecs(doc({ Root: { type: "object" } }), bad as Json)).toThrow(UnsupportedDocumentError);
  });

  test("the error names the document", () => {
    expect(() => diffSpecs(doc({ Root: { type: "object" } }), swagger, { base: "old.json", head: "new.json" })).toThrow(
      /^new\.json: Swagger 2\.0/,
    );
  });

  test("OpenAPI 3.0 and 3.1 are both accepted", () => {
    expect(diffSpecs({ ...doc({ Root: { type: "object" } }), openapi: "3.0.3" }, doc({ Root: { type: "object" } }))).toEqual([]);
  });
});

describe("cycles of any kind terminate", () => {
  const cyclicAllOf = {
    A: { allOf: [{ $ref: "#/components/schemas/B" }], properties: { a: { type: "string" } } },
    B: { allOf: [{ $ref: "#/components/schemas/A" }], properties: { b: { type: "string" } } },
  };
  test("a cyclic allOf (A → B → A) diffs against itself with no change", () => {
    const d = doc({ ...cyclicAllOf, Root: { $ref: "#/components/schemas/A" } });
    expect(diffSpecs(d, structuredClone(d))).toEqual([]);
  });

  test("a `$ref` loop (X → Y → X) and a self-referencing `items` terminate", () => {
    const schemas = {
      X: { $ref: "#/components/schemas/Y" },
      Y: { $ref: "#/components/schemas/X" },
      Tree: { type: "array", items: { $ref: "#/components/schemas/Tree" } },
    };
    const before = doc({
      ...schemas,
      Root: { type: "object", properties: { x: { $ref: "#/components/schemas/X" }, t: { $ref: "#/components/schemas/Tree" } } },
    });
    expect(diffSpecs(before, structuredClone(before))).toEqual([]);
    const after = structuredClone(before);
    after.components.schemas.Tree.maxItems = 3;
    expect(rulesOf(before, after)).toEqual(["request-constraint-narrowed:request", "response-constraint-narrowed:response"]);
  });
});

describe("reports", () => {
  const before = doc({
    Root: { type: "object", required: ["a"], properties: { a: { type: "string" }, status: { type: "string", enum: ["x"] } } },
  });
  const after = doc({
    Root: {
      type: "object",
      properties: { a: { type: "string" }, status: { type: "string", enum: ["x", "y"] } },
      description: "now documented",
    },
  });
  const changes = diffSpecs(before, after);
  const report = { base: "v1", head: "working", summary: summarize(changes), changes };

  test("text: one line per change with the JSON pointer, then the summary", () => {
    const lines = formatText(report).trimEnd().split("\n");
    expect(lines).toHaveLength(changes.length + 2);
    expect(lines).toContain(
      "BREAKING response-property-became-optional  /components/schemas/Root/properties/a (response): response field `a` became optional [POST /x]",
    );
    expect(
      lines.some(
        (l) => l.startsWith("WARNING  response-enum-value-added") && l.includes("/components/schemas/Root/properties/status/enum"),
      ),
    ).toBe(true);
    expect(lines.at(-1)).toBe("1 breaking, 1 warning(s), 3 non-breaking → requires a major bump");
  });

  test("JSON: machine-readable, round-trips", () => {
    const parsed = JSON.parse(formatJson(report));
    expect(parsed.summary).toEqual({ breaking: 1, warning: 1, nonBreaking: 3, requiredBump: "major" });
    expect(parsed.changes).toEqual(changes);
  });

  test("Markdown for the changeset marks breaking changes and folds documentation", () => {
    const md = formatMarkdown(report);
    expect(md).toContain("**Breaking:** response field `a` became optional (response) — `/components/schemas/Root/properties/a`");
    expect(md).toContain("**Warning:**");
    expect(md).toContain("Documentation updated in 1 place(s).");
  });
});

describe("CLI", () => {
  test("diff --base-file/--head prints JSON and writes both reports with --out-dir", () => {
    const out = mkdtempSync(join(tmpdir(), "spec-diff-cli-"));
    try {
      const corpus = join(import.meta.dirname, "..", "corpus", "13-response-property-removed");
      // The built CLI: turbo builds the package before its tests.
      const cli = join(import.meta.dirname, "..", "dist", "cli.js");
      const stdout = execFileSync(
        process.execPath,
        [
          cli,
          "diff",
          "--base-file",
          join(corpus, "before.json"),
          "--head",
          join(corpus, "after.json"),
          "--json",
          "--out-dir",
          out,
          "--repo",
          repoRoot,
        ],
        { encoding: "utf8" },
      );
      expect(JSON.parse(stdout).changes.map((c: any) => c.pointer)).toEqual(["/components/schemas/Lead/properties/archivedAt"]);
      expect(readFileSync(join(out, "spec-diff.txt"), "utf8")).toContain("BREAKING response-property-removed");
      expect(JSON.parse(readFileSync(join(out, "spec-diff.json"), "utf8")).summary.requiredBump).toBe("major");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

test("CLI: a Swagger 2.0 document fails with a clear message", () => {
  const dir = mkdtempSync(join(tmpdir(), "spec-diff-swagger-"));
  try {
    const file = join(dir, "swagger.json");
    writeFileSync(file, JSON.stringify({ swagger: "2.0", info: { title: "t", version: "1" }, paths: {} }));
    const corpus = join(import.meta.dirname, "..", "corpus", "13-response-property-removed", "before.json");
    const result = spawnSync(
      process.execPath,
      [join(import.meta.dirname, "..", "dist", "cli.js"), "diff", "--base-file", corpus, "--head", file, "--repo", repoRoot],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`spec-diff: ${file}: Swagger 2.0 is not supported`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("repointImports keeps relative imports pointing at the original files", () => {
  const source = `import type { A } from "../src/index.js";\nimport { x } from "vitest";\nconst m = await import("./helper.js");\n`;
  expect(repointImports(source, "packages/types/test", "packages/types/.tmp/run")).toBe(
    `import type { A } from "../../src/index.js";\nimport { x } from "vitest";\nconst m = await import("../../test/helper.js");\n`,
  );
});
