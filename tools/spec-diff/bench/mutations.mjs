// The 20 deterministic edits the benchmark and test/whole-contract.test.ts apply to the vendored official
// contract, each with the changes the differ must report for it (rule, pointer, direction).
// Pointers are JSON pointers into the mutated document (or the original one for removals).

const schema = (doc, name) => {
  const found = doc.components.schemas[name];
  if (!found) throw new Error(`fixture has no schema ${name}: refresh bench/mutations.mjs with the fixture`);
  return found;
};
const op = (doc, path, method) => {
  const found = doc.paths[path]?.[method];
  if (!found) throw new Error(`fixture has no ${method.toUpperCase()} ${path}: refresh bench/mutations.mjs with the fixture`);
  return found;
};
const both = (rule, pointer) => [
  { rule: `request-${rule}`, pointer, direction: "request" },
  { rule: `response-${rule}`, pointer, direction: "response" },
];

/** Each mutation: a name, its verdict (the worst severity it must get), the edit (in place), and the changes it must produce. */
export const mutations = [
  {
    name: "operation removed",
    verdict: "breaking",
    apply: (d) => delete d.paths["/leads/{id}"].delete,
    expect: [{ rule: "operation-removed", pointer: "/paths/~1leads~1{id}/delete" }],
  },
  {
    name: "operationId renamed",
    verdict: "breaking",
    apply: (d) => (op(d, "/leads/{id}", "get").operationId = "Leads_Get"),
    expect: [{ rule: "operation-id-changed", pointer: "/paths/~1leads~1{id}/get/operationId" }],
  },
  {
    name: "required query parameter added",
    verdict: "breaking",
    apply: (d) =>
      (op(d, "/tags", "get").parameters ??= []).push({ name: "region", in: "query", required: true, schema: { type: "string" } }),
    expect: (d) => [
      { rule: "parameter-added-required", pointer: `/paths/~1tags/get/parameters/${d.paths["/tags"].get.parameters.length - 1}` },
    ],
  },
  {
    name: "response field removed",
    verdict: "breaking",
    apply: (d) => delete schema(d, "LeadResponse").properties.archiveNote,
    expect: [
      { rule: "response-property-removed", pointer: "/components/schemas/LeadResponse/properties/archiveNote", direction: "response" },
    ],
  },
  {
    name: "request field became required",
    verdict: "breaking",
    apply: (d) => schema(d, "LeadTagsRequest").required.push("createMissing"),
    expect: [
      {
        rule: "request-property-became-required",
        pointer: "/components/schemas/LeadTagsRequest/properties/createMissing",
        direction: "request",
      },
    ],
  },
  {
    name: "shared field gained maxLength",
    verdict: "breaking",
    apply: (d) => (schema(d, "LeadContact").properties.firstName.maxLength = 100),
    expect: both("constraint-narrowed", "/components/schemas/LeadContact/properties/firstName/maxLength"),
  },
  {
    name: "response header type changed",
    verdict: "breaking",
    apply: (d) => (op(d, "/leads", "post").responses["429"].headers["Retry-After"].schema = { type: "string" }),
    expect: [{ rule: "type-changed", pointer: "/paths/~1leads/post/responses/429/headers/Retry-After/schema", direction: "response" }],
  },
  {
    name: "response header removed",
    verdict: "breaking",
    apply: (d) => delete op(d, "/automations", "post").responses["429"].headers["Retry-After"],
    expect: [{ rule: "response-header-removed", pointer: "/paths/~1automations/post/responses/429/headers/Retry-After" }],
  },
  {
    name: "response field no longer nullable",
    verdict: "non-breaking",
    apply: (d) => (schema(d, "LeadResponse").properties.deletedAt.type = "string"),
    expect: [
      { rule: "response-nullable-removed", pointer: "/components/schemas/LeadResponse/properties/deletedAt", direction: "response" },
    ],
  },
  {
    name: "response field became nullable",
    verdict: "breaking",
    apply: (d) => (schema(d, "LeadResponse").properties.isArchived.type = ["boolean", "null"]),
    expect: [{ rule: "response-nullable-added", pointer: "/components/schemas/LeadResponse/properties/isArchived", direction: "response" }],
  },
  {
    name: "server URL moved",
    verdict: "breaking",
    apply: (d) => (d.servers[0].url = "https://api.leadping.ai/v2"),
    expect: [
      { rule: "server-removed", pointer: "/servers/0/url" },
      { rule: "server-added", pointer: "/servers/0/url" },
    ],
  },
  {
    name: "operation added",
    verdict: "non-breaking",
    apply: (d) =>
      (d.paths["/leads/{id}/snooze"] = { post: { operationId: "Leads_Snooze", responses: { 204: { description: "Snoozed" } } } }),
    expect: [{ rule: "operation-added", pointer: "/paths/~1leads~1{id}~1snooze/post" }],
  },
  {
    name: "schema added",
    verdict: "non-breaking",
    apply: (d) => (d.components.schemas.SnoozeRequest = { type: "object", properties: { until: { type: "string", format: "date-time" } } }),
    expect: [{ rule: "schema-added", pointer: "/components/schemas/SnoozeRequest" }],
  },
  {
    name: "description edited",
    verdict: "non-breaking",
    apply: (d) => (op(d, "/leads", "post").summary += " (edited)"),
    expect: [{ rule: "doc-changed", pointer: "/paths/~1leads/post/summary" }],
  },
  {
    name: "request media type removed",
    verdict: "breaking",
    apply: (d) => delete op(d, "/leads/{id}", "put").requestBody.content["application/*+json"],
    expect: [{ rule: "request-media-type-removed", pointer: "/paths/~1leads~1{id}/put/requestBody/content/application~1*+json" }],
  },
  {
    name: "success status changed",
    verdict: "breaking",
    apply: (d) => {
      const responses = op(d, "/leads", "post").responses;
      responses["200"] = responses["201"];
      delete responses["201"];
    },
    expect: [{ rule: "success-status-changed", pointer: "/paths/~1leads/post/responses" }],
  },
  {
    name: "format changed",
    verdict: "breaking",
    apply: (d) => (schema(d, "LeadContact").properties.email.format = "idn-email"),
    expect: [
      { rule: "format-changed", pointer: "/components/schemas/LeadContact/properties/email/format", direction: "request" },
      { rule: "format-changed", pointer: "/components/schemas/LeadContact/properties/email/format", direction: "response" },
    ],
  },
  {
    name: "error response removed",
    verdict: "non-breaking",
    apply: (d) => delete op(d, "/leads/{id}", "get").responses["404"],
    expect: [{ rule: "error-response-removed", pointer: "/paths/~1leads~1{id}/get/responses/404" }],
  },
  {
    name: "exclusive bound added to a shared field",
    verdict: "breaking",
    apply: (d) => (schema(d, "Coordinate").properties.latitude.exclusiveMaximum = 90),
    expect: both("constraint-narrowed", "/components/schemas/Coordinate/properties/latitude/exclusiveMaximum"),
  },
  {
    name: "unknown keyword on the request side",
    verdict: "breaking",
    apply: (d) => (schema(d, "LeadTagsRequest").unevaluatedProperties = false),
    expect: [{ rule: "request-unclassified-change", pointer: "/components/schemas/LeadTagsRequest/unevaluatedProperties" }],
  },
];

/** Applies every mutation to `doc` (in place) and returns the changes expected, sorted. */
export function applyMutations(doc) {
  const expected = [];
  for (const m of mutations) {
    m.apply(doc);
    expected.push(...(typeof m.expect === "function" ? m.expect(doc) : m.expect));
  }
  return expected;
}
