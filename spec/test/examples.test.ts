// Every `example` in the bundled contract must validate against the schema it
// sits on (JSON Schema 2020-12, as OpenAPI 3.1 specifies).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";

const spec = JSON.parse(readFileSync(join(import.meta.dirname, "..", "dist", "openapi.json"), "utf8")) as {
  components: { schemas: Record<string, Record<string, unknown>> };
};

function makeValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword("example");
  ajv.addSchema({ components: spec.components }, "spec");
  return ajv;
}

const withExamples = Object.entries(spec.components.schemas).filter(([, s]) => "example" in s);

describe("schema examples", () => {
  test("the main schemas carry an example", () => {
    const names = withExamples.map(([name]) => name);
    for (const main of [
      "LeadRequest",
      "LeadResponse",
      "LeadIntakeRequest",
      "ProblemDetails",
      "PagedResultOfLeadTableRow",
      "RequestDataOptions",
      "TagRequest",
      "TagResponse",
      "LeadTagsRequest",
      "LeadArchiveRequest",
      "LeadStatusChangeRequest",
      "LeadStatusChangeResponse",
    ]) {
      expect(names).toContain(main);
    }
  });

  const ajv = makeValidator();
  test.each(withExamples)("%s example validates", (name, schema) => {
    const validate = ajv.getSchema(`spec#/components/schemas/${name}`);
    expect(validate).toBeDefined();
    const ok = validate!(schema.example);
    expect(validate!.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test("a wrong example is rejected (the check can fail)", () => {
    const validate = ajv.getSchema("spec#/components/schemas/LeadResponse")!;
    const example = structuredClone(spec.components.schemas.LeadResponse!.example) as Record<string, unknown>;
    example.enabled = "yes";
    expect(validate(example)).toBe(false);
  });
});
