// PUT /leads/{id} must state the API reference page (the "seed") field for
// field. The fixture was transcribed once from that page's example request,
// example response and field list; this test walks the bundled contract and
// compares every field's JSON type, format and top-level nullability.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
};
const here = import.meta.dirname;
const spec = JSON.parse(readFileSync(join(here, "..", "dist", "openapi.json"), "utf8"));
const seed = JSON.parse(readFileSync(join(here, "fixtures", "put-leads-id.seed-fields.json"), "utf8")) as {
  request: Record<string, string>;
  response: Record<string, string>;
  topLevelNullability: { request: Record<string, string>; response: Record<string, string> };
};

function deref(s: Schema): Schema {
  let cur = s;
  while (cur.$ref) {
    cur = cur.$ref.replace(/^#\//, "").split("/").reduce((o: any, k) => o[k], spec) as Schema;
  }
  return cur;
}
/** Strips the `| null` alternative and returns the non-null schema plus whether null was allowed. */
function unwrapNull(s: Schema): { schema: Schema; nullable: boolean } {
  const d = deref(s);
  const alts = d.oneOf ?? d.anyOf;
  if (alts) {
    const nonNull = alts.filter((a) => deref(a).type !== "null");
    if (nonNull.length === 1) return { schema: deref(nonNull[0]!), nullable: nonNull.length < alts.length };
  }
  if (Array.isArray(d.type)) {
    const types = d.type.filter((t) => t !== "null");
    return { schema: { ...d, type: types.length === 1 ? types[0]! : types }, nullable: types.length < d.type.length };
  }
  return { schema: d, nullable: false };
}
function describeType(s: Schema): string {
  const { schema } = unwrapNull(s);
  if (schema.type === undefined) return "any";
  if (schema.type === "array") {
    const item = unwrapNull(schema.items ?? {}).schema;
    return `array<${item.type === "object" ? "object" : String(item.type)}>`;
  }
  return schema.format && (schema.format === "date-time" || schema.format === "date") ? `string<${schema.format}>` : String(schema.type);
}
function flatten(s: Schema, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  const { schema } = unwrapNull(s);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    out[path] = describeType(prop);
    const inner = unwrapNull(prop).schema;
    if (inner.type === "object") flatten(inner, path, out);
    if (inner.type === "array" && unwrapNull(inner.items ?? {}).schema.type === "object") flatten(inner.items!, `${path}[]`, out);
  }
  return out;
}

const put = spec.paths["/leads/{id}"].put;
const requestSchema: Schema = put.requestBody.content["application/json"].schema;
const responseSchema: Schema = put.responses["200"].content["application/json"].schema;

describe("PUT /leads/{id} matches the seed page", () => {
  test("the id path parameter is a required string", () => {
    const params = [...(spec.paths["/leads/{id}"].parameters ?? []), ...(put.parameters ?? [])].map((p: Schema) => deref(p) as any);
    expect(params).toEqual([expect.objectContaining({ name: "id", in: "path", required: true, schema: expect.objectContaining({ type: "string" }) })]);
  });

  test("every request field of the seed, with its type and format", () => {
    const actual = flatten(requestSchema);
    for (const [path, type] of Object.entries(seed.request)) expect.soft(actual[path], path).toBe(type);
    // The seed names `metadata` in the request without listing its members; it is the shared LeadMetadata.
    const extra = Object.keys(actual).filter((p) => !(p in seed.request) && !p.startsWith("metadata."));
    expect(extra).toEqual([]);
  });

  test("every response field of the seed, with its type and format, and nothing else", () => {
    const actual = flatten(responseSchema);
    expect(actual).toEqual(seed.response);
  });

  test("top-level nullability as the seed's field list states it", () => {
    for (const [side, schema] of [["request", requestSchema], ["response", responseSchema]] as const) {
      const props = unwrapNull(schema).schema.properties!;
      for (const [name, expected] of Object.entries(seed.topLevelNullability[side])) {
        const { nullable } = unwrapNull(props[name]!);
        expect.soft(`${describeType(props[name]!)}${nullable ? " | null" : ""}`, `${side}.${name}`).toBe(expected);
      }
    }
  });
});
